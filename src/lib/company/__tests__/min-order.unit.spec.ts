import { amountUpToMinorUnit, currencyDecimals, resolveMinOrderTerms } from "../min-order"

const sold = new Set(["eur", "usd", "jpy"])
const current = { currency_code: "eur", min_order_amount: 500, min_order_currency_code: "eur" }

describe("resolving a company's minimum order terms", () => {
  it("leaves the terms alone when a write does not touch them", () => {
    expect(resolveMinOrderTerms({ currency_code: "usd" }, current, sold)).toEqual({ terms: {} })
  })

  it("takes the currency given, else the minimum's current one, else the company's", () => {
    expect(resolveMinOrderTerms({ min_order_amount: 100, min_order_currency_code: "USD" }, current, sold)).toEqual({
      terms: { min_order_amount: 100, min_order_currency_code: "usd" },
    })
    expect(resolveMinOrderTerms({ min_order_amount: 100 }, { ...current, min_order_currency_code: "jpy" }, sold)).toEqual({
      terms: { min_order_amount: 100, min_order_currency_code: "jpy" },
    })
    expect(resolveMinOrderTerms({ min_order_amount: 100, currency_code: "usd" }, null, sold)).toEqual({
      terms: { min_order_amount: 100, min_order_currency_code: "usd" },
    })
    expect(resolveMinOrderTerms({ min_order_currency_code: "usd" }, current, sold)).toEqual({
      terms: { min_order_amount: 500, min_order_currency_code: "usd" },
    })
  })

  it("clears the currency with the amount", () => {
    expect(resolveMinOrderTerms({ min_order_amount: null }, current, sold)).toEqual({
      terms: { min_order_amount: null, min_order_currency_code: null },
    })
  })

  it("refuses a minimum with no currency, a currency with no minimum, and a currency the store does not sell in", () => {
    expect(resolveMinOrderTerms({ min_order_amount: 100 }, null, sold).problem).toMatch(/needs a min_order_currency_code/)
    expect(resolveMinOrderTerms({ min_order_currency_code: "usd" }, null, sold).problem).toMatch(/needs a min_order_amount/)
    expect(resolveMinOrderTerms({ min_order_currency_code: null }, current, sold).problem).toMatch(/cannot be cleared/)
    expect(resolveMinOrderTerms({ min_order_amount: 1, min_order_currency_code: "gbp" }, current, sold).problem).toBe(
      'min_order_currency_code "gbp" is not one of the store\'s currencies (eur, jpy, usd)'
    )
  })
})

describe("currency minor units", () => {
  it("knows currencies with 0, 2 and 3 decimals and rounds a missing amount up to them", () => {
    expect([currencyDecimals("jpy"), currencyDecimals("eur"), currencyDecimals("kwd")]).toEqual([0, 2, 3])
    expect(amountUpToMinorUnit(0.4, "jpy")).toBe("1")
    expect(amountUpToMinorUnit(87.5, "eur")).toBe("87.5")
    expect(amountUpToMinorUnit(0.0011, "kwd")).toBe("0.002")
  })
})
