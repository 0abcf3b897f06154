import { cartAccess, cartEmailClaim } from "../ownership"

describe("who may act on a cart", () => {
  it("a company cart answers its own customer only", () => {
    const companyCart = { cart_customer_id: "cus_bob", cart_customer_is_employee: true }
    expect(cartAccess({ ...companyCart, caller_customer_id: "cus_bob" })).toBe("allowed")
    for (const caller of ["cus_vera_viewer", "cus_alice_admin", "cus_carl_other_company", "cus_nora_retail", null]) {
      expect(cartAccess({ ...companyCart, caller_customer_id: caller })).toBe("not_found")
    }
  })

  it("carts of customers of no company and guest carts keep Medusa's rules", () => {
    expect(cartAccess({ cart_customer_id: "cus_nora", cart_customer_is_employee: false, caller_customer_id: null })).toBe("allowed")
    expect(cartAccess({ cart_customer_id: "cus_nora", cart_customer_is_employee: false, caller_customer_id: "cus_x" })).toBe("allowed")
    expect(cartAccess({ cart_customer_id: null, cart_customer_is_employee: false, caller_customer_id: null })).toBe("allowed")
  })
})

describe("giving a cart an e-mail", () => {
  it("refuses to hand a cart without a customer to an employee other than the caller", () => {
    expect(cartEmailClaim({ cart_customer_id: null, caller_customer_id: null, employee_customer_ids: ["cus_bob"] })).toBe("forbidden")
    expect(cartEmailClaim({ cart_customer_id: null, caller_customer_id: "cus_alice", employee_customer_ids: ["cus_bob"] })).toBe("forbidden")
  })

  it("allows the employee themselves, a retail e-mail, and any cart that already has a customer", () => {
    expect(cartEmailClaim({ cart_customer_id: null, caller_customer_id: "cus_bob", employee_customer_ids: ["cus_bob"] })).toBe("allowed")
    expect(cartEmailClaim({ cart_customer_id: null, caller_customer_id: null, employee_customer_ids: [] })).toBe("allowed")
    expect(cartEmailClaim({ cart_customer_id: "cus_nora", caller_customer_id: null, employee_customer_ids: ["cus_bob"] })).toBe("allowed")
  })
})
