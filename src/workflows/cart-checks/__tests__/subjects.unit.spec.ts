import { linesByVariant, updateLineSubject, wholeCartSubject } from "../subjects"

const cart = {
  id: "cart_1",
  currency_code: "eur",
  customer: { id: "cus_1" },
  item_subtotal: { numeric: 250.5 },
  items: [
    { id: "item_1", variant_id: "v_bolt", product_id: "p_bolt", variant_sku: "BOLT", product_title: "Bolt", quantity: 5 },
    { id: "item_2", variant_id: "v_bolt", product_id: "p_bolt", variant_sku: "BOLT", product_title: "Bolt", quantity: 3 },
    { id: "item_3", variant_id: "v_cable", product_id: "p_cable", variant_sku: "CABLE", product_title: "Cable", quantity: 50 },
    { id: "item_4", variant_id: null, quantity: 1 },
  ],
}

describe("cart subjects", () => {
  it("sums the lines of one variant: lot rules judge how much of a variant the order holds", () => {
    const lines = linesByVariant(cart.items)
    expect([...lines.values()].map((l) => [l.sku, l.quantity])).toEqual([
      ["BOLT", 8],
      ["CABLE", 50],
    ])
  })

  it("judges a changed line on its variant's total after the change", () => {
    const subject = updateLineSubject(cart, "item_2", 10)
    expect(subject).toMatchObject({ stage: "update", customer_id: "cus_1" })
    expect(subject.lines).toEqual([expect.objectContaining({ item_id: "item_2", variant_id: "v_bolt", quantity: 15 })])
  })

  it("has nothing to judge when a line is removed", () => {
    expect(updateLineSubject(cart, "item_3", 0).lines).toEqual([])
  })

  it("takes every variant and the item subtotal for a whole cart", () => {
    const subject = wholeCartSubject("complete", cart)
    expect(subject.item_subtotal).toBe(250.5)
    expect(subject.lines.map((l) => l.variant_id)).toEqual(["v_bolt", "v_cable"])
  })
})
