import {
  effectiveQuantityRule,
  isQuantityAllowed,
  nearestAllowedQuantities,
  quantityRuleProblems,
  type QuantityRule,
} from ".."

const lot = (terms: Partial<QuantityRule>): QuantityRule => ({
  variant_id: "variant_1",
  min_quantity: 1,
  increment: 1,
  max_quantity: null,
  ...terms,
})

describe("quantityRuleProblems", () => {
  it("accepts a rule whose min and max are multiples of its increment", () => {
    expect(quantityRuleProblems(lot({ min_quantity: 10, increment: 5, max_quantity: 100 }))).toEqual([])
  })

  it("takes min 1 and increment 1 when they are left out", () => {
    expect(quantityRuleProblems({ product_id: "prod_1" })).toEqual([])
  })

  it("needs exactly one of variant_id and product_id", () => {
    expect(quantityRuleProblems({ variant_id: "v", product_id: "p" })).toEqual([
      "A quantity rule targets exactly one of variant_id or product_id, not both.",
    ])
    expect(quantityRuleProblems({ company_id: "comp_1" })).toEqual([
      "A quantity rule needs a target: give a variant_id or a product_id.",
    ])
  })

  it("refuses an increment of 0 and non-whole quantities", () => {
    expect(quantityRuleProblems(lot({ increment: 0 }))).toEqual([
      "increment must be a whole number of at least 1 (got 0).",
    ])
    expect(quantityRuleProblems(lot({ min_quantity: 2.5 }))).toEqual([
      "min_quantity must be a whole number of at least 1 (got 2.5).",
    ])
    expect(quantityRuleProblems(lot({ max_quantity: 0 }))).toEqual([
      "max_quantity must be a whole number of at least 1, or null for no maximum (got 0).",
    ])
  })

  it("names the multiples of the increment nearest to a min or max that is not one", () => {
    expect(quantityRuleProblems(lot({ min_quantity: 7, increment: 5 }))).toEqual([
      "min_quantity 7 is not a multiple of increment 5: use 5 or 10.",
    ])
    expect(quantityRuleProblems(lot({ min_quantity: 3, increment: 5 }))).toEqual([
      "min_quantity 3 is not a multiple of increment 5: use 5.",
    ])
    expect(quantityRuleProblems(lot({ min_quantity: 10, increment: 10, max_quantity: 95 }))).toEqual([
      "max_quantity 95 is not a multiple of increment 10: use 90 or 100.",
    ])
  })

  it("refuses a max below the min", () => {
    expect(quantityRuleProblems(lot({ min_quantity: 20, increment: 5, max_quantity: 10 }))).toEqual([
      "max_quantity 10 is below min_quantity 20.",
    ])
  })
})

describe("effectiveQuantityRule", () => {
  const rules: QuantityRule[] = [
    lot({ id: "product", variant_id: null, product_id: "prod_1" }),
    lot({ id: "variant", variant_id: "variant_1" }),
    lot({ id: "company_product", variant_id: null, product_id: "prod_1", company_id: "comp_a" }),
    lot({ id: "company_variant", variant_id: "variant_1", company_id: "comp_a" }),
    lot({ id: "other_company", variant_id: "variant_2", company_id: "comp_b" }),
  ]
  const pick = (subject: Parameters<typeof effectiveQuantityRule>[1], from = rules) =>
    effectiveQuantityRule(from, subject)?.id ?? null

  it("prefers company+variant, then company+product, then variant, then product", () => {
    const subject = { variant_id: "variant_1", product_id: "prod_1", company_id: "comp_a" }
    expect(pick(subject)).toBe("company_variant")
    expect(pick(subject, rules.filter((r) => r.id !== "company_variant"))).toBe("company_product")
    expect(pick(subject, rules.filter((r) => !r.company_id))).toBe("variant")
    expect(pick(subject, rules.filter((r) => r.id === "product"))).toBe("product")
  })

  it("applies a product rule to every variant of the product without a rule of its own", () => {
    expect(pick({ variant_id: "variant_3", product_id: "prod_1", company_id: null })).toBe("product")
  })

  it("never applies another company's override", () => {
    expect(pick({ variant_id: "variant_2", product_id: "prod_2", company_id: "comp_a" })).toBeNull()
    expect(pick({ variant_id: "variant_1", product_id: "prod_1", company_id: "comp_b" })).toBe("variant")
    expect(pick({ variant_id: "variant_1", product_id: "prod_1", company_id: null })).toBe("variant")
  })

  it("is null when no rule targets the variant or its product", () => {
    expect(pick({ variant_id: "variant_9", product_id: "prod_9", company_id: "comp_a" })).toBeNull()
  })
})

describe("isQuantityAllowed", () => {
  const rule = lot({ min_quantity: 10, increment: 5, max_quantity: 30 })

  it("allows min, each step above it, and max", () => {
    expect([10, 15, 20, 25, 30].every((q) => isQuantityAllowed(rule, q))).toBe(true)
  })

  it("refuses below min, off the steps and above max", () => {
    expect([0, 5, 9, 11, 12, 31, 35].some((q) => isQuantityAllowed(rule, q))).toBe(false)
  })

  it("allows any whole quantity without a rule", () => {
    expect(isQuantityAllowed(null, 7)).toBe(true)
    expect(isQuantityAllowed(null, 1.5)).toBe(false)
  })
})

describe("nearestAllowedQuantities", () => {
  const rule = lot({ min_quantity: 10, increment: 5, max_quantity: 30 })

  it("brackets a quantity between two steps", () => {
    expect(nearestAllowedQuantities(rule, 12)).toEqual({ below: 10, above: 15 })
  })

  it("offers only the minimum below it and only the maximum above it", () => {
    expect(nearestAllowedQuantities(rule, 3)).toEqual({ below: null, above: 10 })
    expect(nearestAllowedQuantities(rule, 42)).toEqual({ below: 30, above: null })
  })

  it("returns the quantity itself when it is allowed", () => {
    expect(nearestAllowedQuantities(rule, 20)).toEqual({ below: 20, above: 20 })
  })

  it("has no upper bound without a maximum", () => {
    expect(nearestAllowedQuantities(lot({ min_quantity: 6, increment: 6 }), 1000)).toEqual({
      below: 996,
      above: 1002,
    })
  })
})
