import { groupPriceRowsByVariant, tierLabel, type CompanyPriceRow } from ".."

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
