import type { Buyer, CartCheckSubject } from "../../../lib/cart-checks/types"
import type { CartCheckContext } from "../types"
import { quantityRuleViolations } from "../quantity-rules"
import type { QuantityRule } from "../../../lib/quantity-rules/types"

function contextWith(rules: QuantityRule[], companyId: string | null) {
  const calls: any[] = []
  const service = {
    listQuantityRules: async (filters: any, config: any) => {
      calls.push({ filters, config })
      return rules
    },
  }
  const buyer = companyId ? ({ company: { id: companyId } } as Buyer) : null
  const context = {
    container: { resolve: () => service },
    buyer: async () => buyer,
  } as unknown as CartCheckContext
  return { context, calls }
}

const subject = (lines: CartCheckSubject["lines"]): CartCheckSubject => ({
  stage: "preview",
  cart_id: "cart_1",
  customer_id: "cus_1",
  currency_code: "eur",
  lines,
})

describe("quantityRuleViolations", () => {
  const rules: QuantityRule[] = [
    { id: "r1", variant_id: "v1", min_quantity: 5, increment: 5, max_quantity: null },
    { id: "r2", product_id: "p2", min_quantity: 10, increment: 1, max_quantity: null },
    { id: "r3", product_id: "p2", company_id: "comp_a", min_quantity: 1, increment: 1, max_quantity: 3 },
  ]

  it("loads the rules of every line in one query, for every buyer and the buyer's company", async () => {
    const { context, calls } = contextWith(rules, "comp_a")
    const violations = await quantityRuleViolations(
      subject([
        { item_id: "i1", variant_id: "v1", product_id: "p1", sku: "A", quantity: 7 },
        { item_id: "i2", variant_id: "v2", product_id: "p2", sku: "B", quantity: 4 },
        { item_id: "i3", variant_id: "v3", product_id: "p3", sku: "C", quantity: 1 },
      ]),
      context
    )
    expect(calls).toHaveLength(1)
    expect(calls[0].filters).toEqual({
      $and: [
        { $or: [{ variant_id: ["v1", "v2", "v3"] }, { product_id: ["p1", "p2", "p3"] }] },
        { $or: [{ company_id: null }, { company_id: "comp_a" }] },
      ],
    })
    expect(violations.map((v) => [v.item_id, v.code])).toEqual([
      ["i1", "not_increment"],
      ["i2", "above_max_quantity"],
    ])
  })

  it("asks only for the every-buyer rules when the customer has no company", async () => {
    const { context, calls } = contextWith(rules.filter((r) => !r.company_id), null)
    const violations = await quantityRuleViolations(
      subject([{ item_id: "i2", variant_id: "v2", product_id: "p2", sku: "B", quantity: 4 }]),
      context
    )
    expect(calls[0].filters.$and[1]).toEqual({ $or: [{ company_id: null }] })
    expect(violations.map((v) => v.code)).toEqual(["below_min_quantity"])
  })

  it("does not query at all for a removed line", async () => {
    const { context, calls } = contextWith(rules, "comp_a")
    expect(await quantityRuleViolations(subject([{ variant_id: "v1", quantity: 0 }]), context)).toEqual([])
    expect(calls).toHaveLength(0)
  })
})
