import { MedusaError, serializeError } from "@medusajs/framework/utils"
import { isRowDataError, PriceImportAbortedError } from "../import-errors"

describe("which import failures are a row's fault", () => {
  it("counts Medusa's data errors, also as a workflow run throws them (serialised)", () => {
    for (const type of [MedusaError.Types.INVALID_DATA, MedusaError.Types.NOT_FOUND, MedusaError.Types.DUPLICATE_ERROR]) {
      const error = new MedusaError(type, "bad row")
      expect(isRowDataError(error)).toBe(true)
      expect(isRowDataError(serializeError(error))).toBe(true)
    }
  })

  it("does not count a lost connection, a database error, a conflict or anything untyped", () => {
    const lost = Object.assign(new Error("Connection terminated unexpectedly"), { code: "57P01" })
    expect(isRowDataError(lost)).toBe(false)
    expect(isRowDataError(serializeError(lost))).toBe(false)
    expect(isRowDataError(new MedusaError(MedusaError.Types.DB_ERROR, "db"))).toBe(false)
    expect(isRowDataError(new MedusaError(MedusaError.Types.CONFLICT, "busy"))).toBe(false)
    expect(isRowDataError(undefined)).toBe(false)
    expect(isRowDataError("boom")).toBe(false)
  })

  it("says whether the import was undone", () => {
    expect(new PriceImportAbortedError(new Error("down"), true, 3).message).toContain("nothing was imported")
    expect(new PriceImportAbortedError(new Error("down"), false, 3).message).toContain("3 row(s) written before could not be undone")
  })
})
