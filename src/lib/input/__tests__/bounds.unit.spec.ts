import { moneyAmountProblem, percentProblem, quantityProblem } from "../bounds"
import { priceTermsProblems } from "../../prices/terms"
import { quantityRuleProblems } from "../../quantity-rules/rules"

describe("input bounds", () => {
  it("a quantity is a whole number from 1 to 1e9, as a number or a numeric string", () => {
    expect(quantityProblem("min_quantity", 1)).toBeNull()
    expect(quantityProblem("min_quantity", 1_000_000_000)).toBeNull()
    expect(quantityProblem("min_quantity", "250")).toBeNull()
    expect(quantityProblem("min_quantity", 1_000_000_001)).toBe("min_quantity must be a whole number from 1 to 1,000,000,000 (got 1000000001)")
    for (const bad of [0, -1, 2.5, 2147483648, 1e308, Number.NaN, Infinity, "x", null]) {
      expect(quantityProblem("q", bad)).toMatch(/^q must be a whole number from 1 to 1,000,000,000/)
    }
  })

  it("a money amount is from 0 to 1e12, decimals allowed", () => {
    expect(moneyAmountProblem("amount", 0)).toBeNull()
    expect(moneyAmountProblem("amount", "12.50")).toBeNull()
    expect(moneyAmountProblem("amount", 1e12)).toBeNull()
    expect(moneyAmountProblem("amount", 1e12 + 1)).toMatch(/^amount must be an amount from 0 to 1,000,000,000,000/)
    expect(moneyAmountProblem("amount", 1e308)).not.toBeNull()
    expect(moneyAmountProblem("amount", -0.01)).not.toBeNull()
  })

  it("a discount percent is from 0 to 100", () => {
    expect(percentProblem("percent", 0)).toBeNull()
    expect(percentProblem("percent", 12.5)).toBeNull()
    expect(percentProblem("percent", 100.01)).toBe("percent must be from 0 to 100 (got 100.01)")
  })

  it("the shared price and quantity rules refuse values past the bounds", () => {
    expect(priceTermsProblems({ currency_code: "eur", amount: 1e308, min_quantity: 1e308, max_quantity: null })).toEqual([
      "amount must be an amount from 0 to 1,000,000,000,000 (got 1e+308)",
      "min_quantity must be a whole number from 1 to 1,000,000,000 (got 1e+308)",
    ])
    expect(quantityRuleProblems({ variant_id: "v", min_quantity: 2147483648, increment: 1 })).toEqual([
      "min_quantity must be at most 1,000,000,000 (got 2147483648).",
    ])
  })
})
