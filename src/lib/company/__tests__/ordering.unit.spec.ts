import { companyOrderingViolations, minOrderAmountViolations, spendingLimitViolations } from "../ordering"
import type { Buyer } from "../../cart-checks/types"

const buyer = (
  overrides: {
    role?: Buyer["role"]
    status?: Buyer["company"]["status"]
    min?: number | null
    minCurrency?: string | null
    limit?: number | null
  } = {}
): Buyer => ({
  employee_id: "emp_1",
  customer_id: "cus_1",
  role: overrides.role ?? "buyer",
  spending_limit: overrides.limit ?? null,
  company: {
    id: "comp_1",
    name: "Acme",
    status: overrides.status ?? "active",
    currency_code: "eur",
    customer_group_id: "cusgroup_1",
    min_order_amount: overrides.min ?? null,
    min_order_currency_code: overrides.minCurrency === undefined ? "eur" : overrides.minCurrency,
  },
})

describe("who may order for a company", () => {
  it("lets a retail customer (no company) and an active company's buyers and admins order", () => {
    expect(companyOrderingViolations(null)).toEqual([])
    expect(companyOrderingViolations(buyer({ role: "buyer" }))).toEqual([])
    expect(companyOrderingViolations(buyer({ role: "admin" }))).toEqual([])
  })

  it.each([
    ["pending", /awaiting approval/],
    ["on_hold", /is on hold/],
    ["blocked", /is blocked/],
  ] as const)("refuses a %s company with a reason, as forbidden", (status, reason) => {
    const [violation, ...rest] = companyOrderingViolations(buyer({ status }))
    expect(rest).toEqual([])
    expect(violation).toMatchObject({ code: "company_inactive", kind: "forbidden" })
    expect(violation.message).toMatch(reason)
    expect(violation.message).toContain('"Acme"')
  })

  it("refuses a viewer, and reports both reasons when both apply", () => {
    expect(companyOrderingViolations(buyer({ role: "viewer" })).map((v) => v.code)).toEqual(["role_cannot_order"])
    expect(companyOrderingViolations(buyer({ role: "viewer", status: "blocked" })).map((v) => v.code)).toEqual([
      "company_inactive",
      "role_cannot_order",
    ])
  })
})

describe("the company's minimum order amount", () => {
  it("passes at and above the minimum, and when there is none", () => {
    expect(minOrderAmountViolations(buyer({ min: 500 }), 500, "eur")).toEqual([])
    expect(minOrderAmountViolations(buyer({ min: 500 }), 800, "eur")).toEqual([])
    expect(minOrderAmountViolations(buyer({ min: null }), 1, "eur")).toEqual([])
    expect(minOrderAmountViolations(null, 1, "eur")).toEqual([])
  })

  it("refuses below the minimum and says how much is missing", () => {
    const [violation] = minOrderAmountViolations(buyer({ min: 500 }), 412.5, "eur")
    expect(violation).toMatchObject({ code: "below_min_order_amount", kind: "invalid_data" })
    expect(violation.message).toBe(
      'The minimum order for "Acme" is 500 EUR; this cart\'s subtotal is 412.5 EUR, add 87.5 EUR more.'
    )
  })
})

describe("the minimum order's currency", () => {
  it("refuses a cart in another currency than the minimum's, naming both", () => {
    for (const subtotal of [1, 500, 100000]) {
      const [violation, ...rest] = minOrderAmountViolations(buyer({ min: 500, minCurrency: "eur" }), subtotal, "usd")
      expect(rest).toEqual([])
      expect(violation).toMatchObject({ code: "min_order_currency_mismatch", kind: "invalid_data" })
      expect(violation.message).toContain("500 EUR")
      expect(violation.message).toContain("this cart is in USD")
    }
  })

  it("judges a minimum stored without a currency in the cart's currency", () => {
    expect(minOrderAmountViolations(buyer({ min: 500, minCurrency: null }), 600, "usd")).toEqual([])
    expect(minOrderAmountViolations(buyer({ min: 500, minCurrency: null }), 400, "usd")[0].code).toBe("below_min_order_amount")
  })

  it("states what is missing in the currency's own minor unit, with no two-decimal assumption", () => {
    const yen = minOrderAmountViolations(buyer({ min: 10000, minCurrency: "jpy" }), 9999.4, "jpy")
    expect(yen[0].message).toContain("add 1 JPY more")
    const dinar = minOrderAmountViolations(buyer({ min: 100, minCurrency: "kwd" }), 99.9985, "kwd")
    expect(dinar[0].message).toContain("add 0.002 KWD more")
    const euro = minOrderAmountViolations(buyer({ min: 100.1, minCurrency: "eur" }), 100.09, "eur")
    expect(euro[0].message).toContain("add 0.01 EUR more")
  })

  it("compares exactly as big numbers (no float drift at the boundary)", () => {
    // 0.1 + 0.2 is 0.30000000000000004 as a float; as a stored big number it is exactly 0.3.
    expect(minOrderAmountViolations(buyer({ min: 0.3, minCurrency: "eur" }), "0.3" as unknown as number, "eur")).toEqual([])
    expect(minOrderAmountViolations(buyer({ min: 0.3, minCurrency: "eur" }), "0.29999" as unknown as number, "eur")).toHaveLength(1)
  })
})

describe("an employee's spending limit per order", () => {
  it("passes up to the limit, and without one", () => {
    expect(spendingLimitViolations(buyer({ limit: 1000 }), 1000, "eur")).toEqual([])
    expect(spendingLimitViolations(buyer({ limit: null }), 99999, "eur")).toEqual([])
    expect(spendingLimitViolations(null, 99999, "eur")).toEqual([])
  })

  it("refuses an order above the limit, naming both amounts", () => {
    const [violation] = spendingLimitViolations(buyer({ limit: 1000 }), 1000.01, "eur")
    expect(violation).toMatchObject({ code: "above_spending_limit", kind: "invalid_data" })
    expect(violation.message).toMatch(/totals 1000.01 EUR, above your spending limit of 1000 EUR per order/)
  })
})
