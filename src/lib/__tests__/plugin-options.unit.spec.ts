import { MedusaError } from "@medusajs/framework/utils"
import { parsePluginOptions } from "../plugin-options"

const failure = (raw: unknown): MedusaError => {
  try {
    parsePluginOptions(raw)
  } catch (error) {
    return error as MedusaError
  }
  throw new Error("the options were accepted")
}

describe("plugin options", () => {
  it("applies the documented defaults when a store passes no options", () => {
    const defaults = { seller: {}, fulfilment_requires_secured_payment: false, invitation_ttl_days: 14 }
    expect(parsePluginOptions(undefined)).toEqual(defaults)
    expect(parsePluginOptions({})).toEqual(defaults)
  })

  it("keeps what the store sets, trimmed", () => {
    expect(
      parsePluginOptions({
        seller: { name: " Wholesale GmbH ", legal_address: "Hauptstr. 1, 10115 Berlin", tax_id: "DE123456789", bank_details: "IBAN DE89 3704 0044 0532 0130 00" },
        fulfilment_requires_secured_payment: true,
        invitation_ttl_days: 30,
      })
    ).toEqual({
      seller: { name: "Wholesale GmbH", legal_address: "Hauptstr. 1, 10115 Berlin", tax_id: "DE123456789", bank_details: "IBAN DE89 3704 0044 0532 0130 00" },
      fulfilment_requires_secured_payment: true,
      invitation_ttl_days: 30,
    })
  })

  it("ignores the keys Medusa adds to a plugin's module options", () => {
    const injected = { database: { clientUrl: "postgres://x" }, [Symbol.for("isSharedConnection")]: true }
    expect(parsePluginOptions({ ...injected, invitation_ttl_days: 7 }).invitation_ttl_days).toBe(7)
  })

  it.each([
    [{ invitation_ttl_days: 0 }, 'option "invitation_ttl_days" must be a whole number of days from 1 to 365'],
    [{ invitation_ttl_days: 366 }, 'option "invitation_ttl_days" must be a whole number of days from 1 to 365'],
    [{ invitation_ttl_days: 2.5 }, 'option "invitation_ttl_days" must be a whole number of days from 1 to 365'],
    [{ invitation_ttl_days: "14" }, 'option "invitation_ttl_days" must be a whole number of days from 1 to 365'],
    [{ fulfilment_requires_secured_payment: "yes" }, 'option "fulfilment_requires_secured_payment" must be true or false'],
    [{ seller: { name: "x".repeat(201) } }, 'option "seller.name" must be at most 200 characters'],
    [{ seller: { tax_id: "   " } }, 'option "seller.tax_id" must not be empty'],
    [{ seller: "Wholesale GmbH" }, 'option "seller" must be an object'],
    [{ seller: { iban: "DE89" } }, 'option "seller.iban" is not known'],
    [{ invitation_ttl: 7 }, 'option "invitation_ttl" is not known'],
  ])("refuses %j naming the option", (raw, message) => {
    const error = failure(raw)
    expect(error).toBeInstanceOf(MedusaError)
    expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(error.message).toContain(`medusa-b2b-wholesale: ${message}`)
  })

  it("names every bad option at once", () => {
    const { message } = failure({ invitation_ttl_days: 0, unknown_switch: true })
    expect(message).toContain('"invitation_ttl_days"')
    expect(message).toContain('option "unknown_switch" is not known')
  })
})
