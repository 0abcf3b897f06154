import { defaultCountries } from "@medusajs/framework/utils"
import { COUNTRIES, countryName } from "../countries"

describe("the admin's country list", () => {
  it("is Medusa's country list, code and name, in its order", () => {
    expect(COUNTRIES.map(([code, name]) => [code, name])).toEqual(defaultCountries.map((c) => [c.alpha2.toLowerCase(), c.name]))
  })

  it("names a country by its code in either case, and shows an unknown code as it is", () => {
    expect(countryName("DE")).toBe("Germany")
    expect(countryName("de")).toBe("Germany")
    expect(countryName("xx")).toBe("XX")
    expect(countryName(null)).toBeNull()
  })
})
