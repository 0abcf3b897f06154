import {
  companyDiscountAction,
  companyPriceListRepair,
  companyPromotionData,
  planPriceUpserts,
  priceBatchProblems,
  priceKey,
  priceListRulesFromRecords,
  type ExistingPrice,
  type PriceTerms,
} from ".."

const terms = (fields: Partial<PriceTerms>): PriceTerms => ({
  variant_id: "variant_bolt",
  currency_code: "eur",
  amount: 10,
  min_quantity: null,
  max_quantity: null,
  ...fields,
})
const existing = (id: string, fields: Partial<PriceTerms>): ExistingPrice => ({ id, ...terms(fields) })

describe("the upsert key", () => {
  it("is variant, currency (any case) and min_quantity, not the amount or upper bound", () => {
    expect(priceKey(terms({ currency_code: "EUR", amount: 1, max_quantity: 9 }))).toBe(priceKey(terms({ amount: 2 })))
    expect(priceKey(terms({ min_quantity: 10 }))).not.toBe(priceKey(terms({})))
    expect(priceKey(terms({ currency_code: "usd" }))).not.toBe(priceKey(terms({})))
  })
})

describe("planning an upsert", () => {
  const current = [existing("price_base", { amount: 10 }), existing("price_tier", { min_quantity: 100, amount: 8 })]

  it("creates new keys, updates changed ones and leaves identical rows alone", () => {
    const plan = planPriceUpserts(
      [
        terms({ amount: 10 }),
        terms({ min_quantity: 100, amount: 7.5 }),
        terms({ min_quantity: 500, amount: 7 }),
        terms({ currency_code: "usd", amount: 11 }),
      ],
      current
    )
    expect(plan.unchanged.map((r) => r.amount)).toEqual([10])
    expect(plan.update).toEqual([expect.objectContaining({ id: "price_tier", amount: 7.5 })])
    expect(plan.create.map((r) => [r.currency_code, r.min_quantity])).toEqual([
      ["eur", 500],
      ["usd", null],
    ])
  })

  it("treats a changed upper bound as a change, and a string amount from the database as equal", () => {
    const fromDb = [{ ...existing("price_base", {}), amount: "10" as unknown as number }]
    expect(planPriceUpserts([terms({ amount: 10 })], fromDb).unchanged).toHaveLength(1)
    expect(planPriceUpserts([terms({ amount: 10, max_quantity: 99 })], fromDb).update).toHaveLength(1)
  })
})

describe("checking a batch", () => {
  const current = [existing("price_base", {}), existing("price_tier", { min_quantity: 100, amount: 8 })]

  it("accepts creates, updates and deletes that leave one price per key", () => {
    expect(
      priceBatchProblems(
        {
          create: [terms({ min_quantity: 500, amount: 6 })],
          update: [{ id: "price_tier", amount: 7 }],
          delete: ["price_base"],
        },
        current
      )
    ).toEqual([])
  })

  it("accepts re-creating a key whose price the same batch deletes", () => {
    expect(priceBatchProblems({ create: [terms({ amount: 9 })], update: [], delete: ["price_base"] }, current)).toEqual([])
  })

  it("refuses a second price for a key, foreign ids and bounds that cross after the update", () => {
    const problems = priceBatchProblems(
      {
        create: [terms({ amount: 9 })],
        update: [{ id: "price_tier", max_quantity: 50 }, { id: "price_other", amount: 1 }],
        delete: ["price_elsewhere"],
      },
      current
    )
    expect(problems).toEqual([
      "price price_elsewhere is not one of this company's negotiated prices",
      "update[0]: max_quantity 50 is below min_quantity 100",
      "update[1]: price price_other is not one of this company's negotiated prices",
      "variant variant_bolt in EUR without a minimum quantity would be priced twice (price_base and create[0]); update the existing price instead",
    ])
  })
})

describe("the company price list rule", () => {
  it("is right when it is an active override list with exactly the group rule", () => {
    const rules = priceListRulesFromRecords([{ attribute: "customer.groups.id", value: ["cusgroup_1"] }])
    expect(companyPriceListRepair({ type: "override", status: "active", rules }, "cusgroup_1")).toBeNull()
  })

  it.each([
    ["the key Medusa ignores", { type: "override", status: "active", rules: { customer_group_id: ["cusgroup_1"] } }],
    ["another group", { type: "override", status: "active", rules: { "customer.groups.id": ["cusgroup_2"] } }],
    ["an extra rule", { type: "override", status: "active", rules: { "customer.groups.id": ["cusgroup_1"], region_id: ["reg_1"] } }],
    ["a sale list", { type: "sale", status: "active", rules: { "customer.groups.id": ["cusgroup_1"] } }],
    ["a draft", { type: "override", status: "draft", rules: { "customer.groups.id": ["cusgroup_1"] } }],
  ])("is repaired when it has %s", (_, list) => {
    expect(companyPriceListRepair(list, "cusgroup_1")).toEqual({
      type: "override",
      status: "active",
      rules: { "customer.groups.id": ["cusgroup_1"] },
    })
  })
})

describe("the company discount", () => {
  const current = { promotion_id: "promo_1", percent: 5, status: "active", is_automatic: true }

  it("creates, updates, removes or leaves the promotion", () => {
    expect(companyDiscountAction(5, null)).toEqual({ kind: "create", percent: 5 })
    expect(companyDiscountAction(0, null)).toEqual({ kind: "none" })
    expect(companyDiscountAction(5, current)).toEqual({ kind: "none" })
    expect(companyDiscountAction(7.5, current)).toEqual({ kind: "update", promotion_id: "promo_1", percent: 7.5 })
    expect(companyDiscountAction(5, { ...current, status: "inactive" })).toEqual({ kind: "update", promotion_id: "promo_1", percent: 5 })
    expect(companyDiscountAction(0, current)).toEqual({ kind: "remove", promotion_id: "promo_1" })
  })

  it("is an automatic percentage off the items for the company's group only", () => {
    expect(companyPromotionData("comp_1", "cusgroup_1", 4)).toMatchObject({
      is_automatic: true,
      type: "standard",
      status: "active",
      application_method: { type: "percentage", target_type: "items", allocation: "across", value: 4 },
      rules: [{ attribute: "customer.groups.id", operator: "in", values: ["cusgroup_1"] }],
    })
  })
})
