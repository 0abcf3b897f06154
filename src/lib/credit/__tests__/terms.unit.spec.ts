import type { Buyer } from "../../cart-checks/types"
import { onAccountRefusal, paymentOptions } from "../terms"
import { b2bPaymentMethodOf } from "../vocabulary"

const buyer = (company: Partial<Buyer["company"]>): Buyer => ({
  employee_id: "emp_1",
  customer_id: "cus_1",
  role: "buyer",
  spending_limit: null,
  company: {
    id: "comp_1", name: "Northwind", status: "active", currency_code: "eur", customer_group_id: null,
    min_order_amount: null, min_order_currency_code: null, payment_terms: "net", credit_limit: "1000", net_days: 30,
    ...company,
  },
})

describe("ordering on account", () => {
  it("is for companies on net terms with a limit, in the account's currency", () => {
    expect(onAccountRefusal(buyer({}), "eur")).toBeNull()
    expect(onAccountRefusal(null, "eur")).toMatchObject({ kind: "forbidden" })
    expect(onAccountRefusal(buyer({ payment_terms: "prepaid" }), "eur")).toMatchObject({
      kind: "forbidden",
      message: expect.stringMatching(/Northwind pays in advance/),
    })
    expect(onAccountRefusal(buyer({ credit_limit: null }), "eur")).toMatchObject({ kind: "invalid_data", message: expect.stringMatching(/no credit limit/) })
    expect(onAccountRefusal(buyer({}), "usd")).toMatchObject({ kind: "invalid_data", message: expect.stringMatching(/kept in EUR; a cart in USD/) })
  })

  it("lists all three methods with a reason for each one not available", () => {
    expect(paymentOptions(buyer({}), "250")).toEqual([
      { method: "invoice", provider_id: "pp_invoice_b2b", available: true },
      { method: "on_account", provider_id: "pp_on_account_b2b", available: true },
      { method: "guarantee", provider_id: "pp_guarantee_b2b", available: false, reason: expect.stringMatching(/not available yet/) },
    ])
    expect(paymentOptions(buyer({}), "0")[1]).toMatchObject({ available: false, reason: expect.stringMatching(/used up/) })
    expect(paymentOptions(buyer({ payment_terms: "prepaid" }), "0")[1]).toMatchObject({ available: false, reason: expect.stringMatching(/prepaid/) })
  })

  it("reads the method from a provider id", () => {
    expect(b2bPaymentMethodOf("pp_on_account_b2b")).toBe("on_account")
    expect(b2bPaymentMethodOf("pp_guarantee_other")).toBe("guarantee")
    expect(b2bPaymentMethodOf("pp_system_default")).toBeNull()
  })
})
