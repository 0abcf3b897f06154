import { groupPriceRowsByVariant, listPriceFor, percentOffList, tierLabel, type CompanyPriceRow } from ".."

const row = (id: string, variant_id: string, min_quantity: number | null): CompanyPriceRow => ({
  id,
  variant_id,
  sku: `SKU-${variant_id}`,
  product_title: "Bolt",
  variant_title: variant_id,
  currency_code: "eur",
  amount: 1,
  min_quantity,
  max_quantity: null,
})

describe("showing negotiated prices", () => {
  it("words a tier's quantities", () => {
    expect(tierLabel(null, null)).toBe("any quantity")
    expect(tierLabel(100, null)).toBe("100 and more")
    expect(tierLabel(10, 99)).toBe("10–99")
    expect(tierLabel(null, 9)).toBe("1–9")
  })

  it("groups a variant's tiers under the variant, keeping the order of the rows", () => {
    const groups = groupPriceRowsByVariant([row("p1", "b", null), row("p2", "b", 100), row("p3", "a", null)])
    expect(groups.map((g) => [g.variant_id, g.sku, g.prices.map((p) => p.id)])).toEqual([
      ["b", "SKU-b", ["p1", "p2"]],
      ["a", "SKU-a", ["p3"]],
    ])
  })
})

describe("a negotiated price beside the list price", () => {
  const candidates = [
    { price_set_id: "pset_1", currency_code: "eur", amount: 11.5, min_quantity: null, rules_count: 0 },
    { price_set_id: "pset_1", currency_code: "eur", amount: 10, min_quantity: 10, rules_count: 0 },
    { price_set_id: "pset_1", currency_code: "eur", amount: 12, min_quantity: null, rules_count: 1 },
    { price_set_id: "pset_1", currency_code: "usd", amount: 13, min_quantity: null, rules_count: 0 },
  ]

  it("compares with the single-unit price of the same currency without rules", () => {
    expect(listPriceFor(candidates, "pset_1", "eur")).toBe(11.5)
    expect(listPriceFor(candidates, "pset_1", "usd")).toBe(13)
    expect(listPriceFor(candidates, "pset_1", "gbp")).toBeNull()
    expect(listPriceFor(candidates, "pset_2", "eur")).toBeNull()
  })

  it("says the discount in percent, negative when the negotiated price is higher", () => {
    expect(percentOffList(10.2, 11.5)).toBe(11.3)
    expect(percentOffList(12.65, 11.5)).toBe(-10)
    expect(percentOffList(10, null)).toBeNull()
    expect(percentOffList(10, 0)).toBeNull()
  })
})
