import { describeQuantityRule, quantityViolation, type QuantityRuleTerms } from ".."

const boxes: QuantityRuleTerms = { min_quantity: 5, increment: 5, max_quantity: 50, unit: "boxes" }
const line = (quantity: number) => ({
  item_id: "item_1",
  variant_id: "variant_1",
  sku: "BOLT-M8-100",
  title: "Bolt M8",
  quantity,
})

describe("quantityViolation", () => {
  it("is null for an allowed quantity, a removed line and a variant without a rule", () => {
    expect(quantityViolation(boxes, line(10))).toBeNull()
    expect(quantityViolation(boxes, line(0))).toBeNull()
    expect(quantityViolation(null, line(7))).toBeNull()
  })

  it("names the SKU, the rule and the allowed quantities around an off-step quantity", () => {
    expect(quantityViolation({ ...boxes, max_quantity: null }, line(7))).toEqual({
      code: "not_increment",
      kind: "invalid_data",
      item_id: "item_1",
      variant_id: "variant_1",
      message: "BOLT-M8-100 is sold in lots of at least 5 boxes, in steps of 5: choose 5 or 10 (you asked for 7).",
    })
  })

  it("offers the minimum to a quantity below it", () => {
    expect(quantityViolation(boxes, line(3))).toMatchObject({
      code: "below_min_quantity",
      message: "BOLT-M8-100 is sold in lots of at least 5 boxes, in steps of 5, up to 50 boxes: choose 5 (you asked for 3).",
    })
  })

  it("offers the maximum to a quantity above it", () => {
    expect(quantityViolation(boxes, line(55))).toMatchObject({
      code: "above_max_quantity",
      message: "BOLT-M8-100 is sold in lots of at least 5 boxes, in steps of 5, up to 50 boxes: choose 50 (you asked for 55).",
    })
  })

  it("falls back to the product title when the variant has no SKU, and omits a missing unit", () => {
    const violation = quantityViolation(
      { min_quantity: 1, increment: 1, max_quantity: 10 },
      { ...line(12), sku: null, item_id: undefined }
    )
    expect(violation).toEqual({
      code: "above_max_quantity",
      kind: "invalid_data",
      variant_id: "variant_1",
      message: '"Bolt M8" is sold in lots of at most 10: choose 10 (you asked for 12).',
    })
  })
})

describe("describeQuantityRule", () => {
  it("says only the terms that restrict", () => {
    expect(describeQuantityRule({ min_quantity: 12, increment: 1, max_quantity: null, unit: "pcs" })).toBe(
      "in lots of at least 12 pcs"
    )
    expect(describeQuantityRule({ min_quantity: 1, increment: 3, max_quantity: null })).toBe("in steps of 3")
  })
})
