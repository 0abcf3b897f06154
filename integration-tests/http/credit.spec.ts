import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCatalogProducts, seedStoreBasics, type StoreBasics } from "../../seed/store"
import { adminHeaders, registerCustomer, type RegisteredCustomer, type RequestConfig } from "../helpers/auth"
import { addLine, createCart, TEST_SHIPPING_ADDRESS } from "../helpers/carts"
import { completeCart } from "../helpers/checkout"
import { eventually, failure } from "../helpers/requests"
import { recordCompanyChargeWorkflow } from "../../src/workflows/credit"

jest.setTimeout(600_000)

const ON_ACCOUNT = "pp_on_account_b2b"
const BOLT_PRICE = 100
const SCARCE_PRICE = 50

type Entry = {
  id: string
  type: string
  direction: string
  amount: number
  order_id: string | null
  reference: string | null
  status: string | null
  outstanding: number
  due_at: string | null
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let basics: StoreBasics
    let admin: RequestConfig
    let bolt: string
    let scarce: string
    const company = { northwind: "", kleinbau: "", globex: "" }
    let anna: RegisteredCustomer // admin of Northwind
    let vera: RegisteredCustomer // viewer of Northwind
    let ole: RegisteredCustomer // admin of Kleinbau (prepaid)
    let carl: RegisteredCustomer // admin of Globex (account in USD)
    let nora: RegisteredCustomer // no company
    const buyers: RegisteredCustomer[] = [] // 20 buyers of Northwind
    let orderTotal = 0
    const placed: string[] = []

    const register = (email: string) => registerCustomer(api, basics.publishableKey, { email })
    const hire = async (companyId: string, customer: RegisteredCustomer, role: "admin" | "buyer" | "viewer") =>
      api.post(`/admin/companies/${companyId}/employees`, { customer_id: customer.customer.id, role }, admin)
    const ledger = async (companyId: string, query = "") =>
      (await api.get(`/admin/companies/${companyId}/ledger?limit=1000${query}`, admin)).data.entries as Entry[]
    const credit = async (companyId: string) => (await api.get(`/admin/companies/${companyId}/credit`, admin)).data.credit
    const store = () => ({ regionId: basics.region.id, shippingOptionId: basics.shippingOption.id })

    /** A cart with the lines, address, shipping method and a payment session of the given provider. */
    const cartPayingWith = async (owner: RegisteredCustomer, lines: [string, number][], providerId = ON_ACCOUNT) => {
      const cartId = await createCart(api, owner.headers, store().regionId)
      for (const [variant, quantity] of lines) await addLine(api, owner.headers, cartId, variant, quantity)
      await api.post(`/store/carts/${cartId}`, { shipping_address: TEST_SHIPPING_ADDRESS }, owner.headers)
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: store().shippingOptionId }, owner.headers)
      const { data } = await api.post("/store/payment-collections", { cart_id: cartId }, owner.headers)
      await api.post(`/store/payment-collections/${data.payment_collection.id}/payment-sessions`, { provider_id: providerId }, owner.headers)
      return cartId
    }
    const cartTotal = async (owner: RegisteredCustomer, cartId: string) =>
      Number((await api.get(`/store/carts/${cartId}?fields=id,total`, owner.headers)).data.cart.total)
    const orderOf = async (orderId: string) => {
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order",
        fields: ["id", "total", "payment_collections.payments.id", "payment_collections.payments.provider_id"],
        filters: { id: orderId },
      })
      return data[0] as { id: string; total: number; payment_collections: { payments: { id: string; provider_id: string }[] }[] }
    }

    beforeAll(async () => {
      container = getContainer()
      basics = await seedStoreBasics(container)
      const products = await createCatalogProducts(container, basics, [
        { title: "Hex bolt M8", handle: "hex-bolt-m8", variants: [{ title: "Box", sku: "BOLT-M8", price: BOLT_PRICE, stock: 100000 }] },
        { title: "Last drum", handle: "last-drum", variants: [{ title: "Drum", sku: "DRUM-1", price: SCARCE_PRICE, stock: 1 }] },
      ])
      bolt = products[0].variants[0].id
      scarce = products[1].variants[0].id
      admin = await adminHeaders(container)
      company.northwind = (await api.post("/admin/companies", { name: "Northwind Builders", currency_code: "eur" }, admin)).data.company.id
      company.kleinbau = (await api.post("/admin/companies", { name: "Kleinbau Schmidt", currency_code: "eur" }, admin)).data.company.id
      company.globex = (
        await api.post(
          "/admin/companies",
          { name: "Globex", currency_code: "usd", payment_terms: "net", net_days: 14, credit_limit: 100000 },
          admin
        )
      ).data.company.id
      anna = await register("anna@northwind.test")
      vera = await register("vera@northwind.test")
      ole = await register("ole@kleinbau.test")
      carl = await register("carl@globex.test")
      nora = await register("nora@retail.test")
      await hire(company.northwind, anna, "admin")
      await hire(company.northwind, vera, "viewer")
      await hire(company.kleinbau, ole, "admin")
      await hire(company.globex, carl, "admin")
      await api.post(`/admin/companies/${company.northwind}`, { payment_terms: "net", net_days: 30, credit_limit: 1000 }, admin)
      for (let i = 0; i < 20; i++) {
        const buyer = await register(`buyer${i}@northwind.test`)
        await hire(company.northwind, buyer, "buyer")
        buyers.push(buyer)
      }
    })

    describe("payment terms are the merchant's", () => {
      it("are set by admins, and refused when a company admin sends them", async () => {
        const { data } = await api.post(
          `/admin/companies/${company.northwind}`,
          { payment_terms: "net", net_days: 30, credit_limit: 1, overdue_hold_days: 10, contract_number: "NW-2026/01", contract_date: "2026-01-15" },
          admin
        )
        expect(data.company).toMatchObject({
          payment_terms: "net", net_days: 30, credit_limit: 1, overdue_hold_days: 10, contract_number: "NW-2026/01",
        })
        expect(new Date(data.company.contract_date).toISOString()).toBe("2026-01-15T00:00:00.000Z")
        expect((await failure(api.post(`/admin/companies/${company.northwind}`, { payment_terms: "later" }, admin))).status).toBe(400)
        expect((await failure(api.post(`/admin/companies/${company.northwind}`, { net_days: -1 }, admin))).message).toMatch(/net_days/)

        const refused = await failure(api.post("/store/companies/me", { name: "Northwind Builders", payment_terms: "prepaid", credit_limit: 1e9 }, anna.headers))
        expect(refused).toMatchObject({ status: 400, message: expect.stringMatching(/payment_terms, credit_limit/) })
        const me = (await api.get("/store/companies/me", anna.headers)).data.company
        expect(me).toMatchObject({ payment_terms: "net", credit_limit: 1, net_days: 30 })
        expect((await api.get(`/admin/companies/${company.kleinbau}`, admin)).data.company.payment_terms).toBe("prepaid")
      })
    })

    describe("checkout on account", () => {
      it("places exactly as many of 20 simultaneous orders as the limit covers, charges each once, leaves no charge of a failed checkout, voids a canceled order's charge and records a capture", async () => {
        const carts = await Promise.all(buyers.map((buyer) => cartPayingWith(buyer, [[bolt, 1]])))
        orderTotal = await cartTotal(buyers[0], carts[0])
        expect(orderTotal).toBe(BOLT_PRICE + 15)
        await api.post(`/admin/companies/${company.northwind}`, { credit_limit: orderTotal * 5 }, admin)

        const answers = await Promise.all(
          carts.map((cartId, i) =>
            completeCart(api, buyers[i].headers, cartId).then(
              (r) => ({ status: r.status, type: r.data.type as string, order: r.data.order as { id: string; total: number } | undefined, message: "" }),
              (e) => ({ status: e.response?.status as number, type: e.response?.data?.type as string, order: undefined, message: e.response?.data?.message as string })
            )
          )
        )
        const orders = answers.filter((a) => a.status === 200 && a.type === "order").map((a) => a.order!)
        const refused = answers.filter((a) => a.status !== 200)
        expect(orders).toHaveLength(5)
        expect(refused).toHaveLength(15)
        for (const refusal of refused) {
          expect(refusal.status).toBe(400)
          expect(refusal.message).toMatch(/^Not enough credit to order on account: the order total is 115\.00 EUR, the company has \d+\.\d\d EUR available\.$/)
        }
        placed.push(...orders.map((o) => o.id))

        const charges = (await ledger(company.northwind)).filter((e) => e.type === "charge")
        // one charge per order and no charge without an order
        expect(charges.map((c) => c.order_id).sort()).toEqual([...placed].sort())
        for (const charge of charges) {
          const order = await orderOf(charge.order_id!)
          expect(charge.amount).toBe(Number(order.total))
          expect(charge.status).toBe("open")
          const days = (new Date(charge.due_at!).getTime() - Date.now()) / 86_400_000
          expect(days).toBeGreaterThan(29.9)
          expect(days).toBeLessThan(30.1)
        }
        // the orders are authorised on account
        for (const orderId of placed) {
          expect((await orderOf(orderId)).payment_collections[0].payments[0].provider_id).toBe(ON_ACCOUNT)
        }
        expect(await credit(company.northwind)).toMatchObject({ balance: orderTotal * 5, held: 0, available: 0, credit_limit: orderTotal * 5 })

        // a checkout failing after its charge was written (the last drum is reserved by the first) leaves no charge
        // room for two small orders
        await api.post(`/admin/companies/${company.northwind}`, { credit_limit: orderTotal * 5 + 200 }, admin)
        const first = await cartPayingWith(buyers[0], [[scarce, 1]])
        const second = await cartPayingWith(buyers[1], [[scarce, 1]])
        const ok = await completeCart(api, buyers[0].headers, first)
        expect(ok.data.type).toBe("order")
        placed.push(ok.data.order.id)
        // the last drum is reserved: the second checkout fails at the reservation, after its charge was held
        const failed = await completeCart(api, buyers[1].headers, second).then(
          (r) => r.data,
          (e) => e.response.data
        )
        expect(failed.type).not.toBe("order")

        const afterFailure = (await ledger(company.northwind)).filter((e) => e.type === "charge")
        expect(afterFailure).toHaveLength(6)
        expect(afterFailure.every((c) => c.order_id && c.status !== "pending")).toBe(true)
        expect(await credit(company.northwind)).toMatchObject({ held: 0, balance: orderTotal * 5 + SCARCE_PRICE + 15, available: 200 - (SCARCE_PRICE + 15) })

        // cancelling an order voids its charge with a credit note
        const orderId = placed[1]
        const before = await credit(company.northwind)
        await api.post(`/admin/orders/${orderId}/cancel`, {}, admin)
        const ofOrder = await ledger(company.northwind, `&order_id=${orderId}`)
        const voided = ofOrder.find((e) => e.type === "charge")!
        const note = ofOrder.find((e) => e.type === "credit_note")!
        expect(voided).toMatchObject({ status: "void", outstanding: 0 })
        expect(note).toMatchObject({ direction: "credit", amount: orderTotal, order_id: orderId })
        expect((await credit(company.northwind)).balance).toBe(before.balance - orderTotal)

        // a capture in Medusa admin is recorded as a payment of the order's charge, once
        const capturedOrder = placed[3]
        const payment = (await orderOf(capturedOrder)).payment_collections[0].payments[0]
        await api.post(`/admin/payments/${payment.id}/capture`, {}, admin)
        const recorded = await eventually(async () =>
          (await ledger(company.northwind, "&type=payment")).find((e) => e.reference?.startsWith("capture:"))
        )
        expect(recorded).toMatchObject({ amount: orderTotal, direction: "credit", outstanding: 0 })
        const paidCharge = (await ledger(company.northwind, `&order_id=${capturedOrder}`)).find((e) => e.type === "charge")
        expect(paidCharge).toMatchObject({ status: "paid", outstanding: 0 })
        await new Promise((resolve) => setTimeout(resolve, 1000))
        expect((await ledger(company.northwind, "&type=payment")).filter((e) => e.reference?.startsWith("capture:"))).toHaveLength(1)

        // a payment recorded in the ledger that settles an order's charge captures the order's payment, and the
        // capture is not recorded a second time
        const settledOrder = placed[4]
        const charge = (await ledger(company.northwind, `&order_id=${settledOrder}`)).find((e) => e.type === "charge")!
        const paymentsBefore = await ledger(company.northwind, "&type=payment")
        const { data: recordedPayment } = await api.post(
          `/admin/companies/${company.northwind}/payments`,
          { amount: orderTotal, currency_code: "eur", reference: "BANK-4711", allocations: [{ entry_id: charge.id, amount: orderTotal }] },
          admin
        )
        expect(recordedPayment.payment).toMatchObject({ reference: "BANK-4711", amount: orderTotal })
        const { data: captured } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "payment",
          fields: ["id", "captured_at", "captures.amount", "captures.created_by"],
          filters: { id: (await orderOf(settledOrder)).payment_collections[0].payments[0].id },
        })
        expect(captured[0].captured_at).toBeTruthy()
        expect(captured[0].captures.map((c: { amount: unknown }) => Number(c.amount))).toEqual([orderTotal])
        await new Promise((resolve) => setTimeout(resolve, 1000))
        const paymentsAfter = await ledger(company.northwind, "&type=payment")
        expect(paymentsAfter.length).toBe(paymentsBefore.length + 1)
        expect((await ledger(company.northwind, `&order_id=${settledOrder}`)).find((e) => e.type === "charge")).toMatchObject({ status: "paid", outstanding: 0 })
      })

      it("refuses a prepaid company (403), another currency (400) and guarantee letters, holding nothing", async () => {
        const kleinbauCart = await cartPayingWith(ole, [[bolt, 1]])
        const prepaid = await failure(completeCart(api, ole.headers, kleinbauCart))
        expect(prepaid).toMatchObject({ status: 403, message: expect.stringMatching(/Kleinbau Schmidt pays in advance \(prepaid terms\)/) })

        const globexCart = await cartPayingWith(carl, [[bolt, 1]])
        const currency = await failure(completeCart(api, carl.headers, globexCart))
        expect(currency).toMatchObject({ status: 400, message: expect.stringMatching(/kept in USD; a cart in EUR/) })

        const guaranteeCart = await createCart(api, anna.headers, store().regionId)
        const { data } = await api.post("/store/payment-collections", { cart_id: guaranteeCart }, anna.headers)
        const guarantee = await failure(
          api.post(`/store/payment-collections/${data.payment_collection.id}/payment-sessions`, { provider_id: "pp_guarantee_b2b" }, anna.headers)
        )
        expect(guarantee.message).toMatch(/guarantee letters are not available yet/)

        expect(await ledger(company.kleinbau)).toEqual([])
        expect(await ledger(company.globex)).toEqual([])
      })

    })

    describe("the company's ledger", () => {
      it("settles payments earliest due first or as allocated, keeps advances, and refuses over-allocation", async () => {
        const orderTotal = 115
        for (let i = 0; i < 5; i++) {
          await recordCompanyChargeWorkflow(container).run({
            input: { company_id: company.northwind, amount: orderTotal, occurred_at: new Date(Date.now() - (10 - i) * 86_400_000), due_at: new Date(Date.now() + (20 + i) * 86_400_000), reference: `INV-${i}` },
          })
        }
        const [c1, c2, c3, , c5] = await ledger(company.northwind, "&type=charge&order=occurred_at")
        // a deferral moves c3 first in line, and is kept in its history
        const soon = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)
        const deferred = (await api.post(`/admin/companies/${company.northwind}/ledger/${c3.id}`, { due_at: soon, note: "agreed by phone" }, admin)).data.entry
        expect(deferred.due_history).toEqual([expect.objectContaining({ note: "agreed by phone" })])
        expect(deferred.due_at.slice(0, 10)).toBe(soon)

        const paid = (await api.post(`/admin/companies/${company.northwind}/payments`, { amount: orderTotal + 10, currency_code: "eur", reference: "BANK-1" }, admin)).data
        expect(paid.payment.allocations.map((a: { charge_entry_id: string; amount: number }) => [a.charge_entry_id, a.amount])).toEqual([
          [c3.id, orderTotal],
          [c1.id, 10],
        ])
        const after = new Map((await ledger(company.northwind)).map((e) => [e.id, e]))
        expect(after.get(c3.id)).toMatchObject({ status: "paid", outstanding: 0 })
        expect(after.get(c1.id)).toMatchObject({ status: "open", outstanding: orderTotal - 10 })

        const explicit = (
          await api.post(`/admin/companies/${company.northwind}/payments`, { amount: 20, currency_code: "eur", allocations: [{ entry_id: c5.id, amount: 20 }] }, admin)
        ).data
        expect(explicit.payment.allocations).toEqual([expect.objectContaining({ charge_entry_id: c5.id, amount: 20 })])
        expect(explicit.credit.balance).toBe(orderTotal * 5 - orderTotal - 10 - 20)

        const over = await failure(
          api.post(`/admin/companies/${company.northwind}/payments`, { amount: 10, currency_code: "eur", allocations: [{ entry_id: c2.id, amount: 20 }] }, admin)
        )
        expect(over).toMatchObject({ status: 400, message: expect.stringMatching(/add up to 20, more than the payment of 10/) })
        const beyond = await failure(
          api.post(`/admin/companies/${company.northwind}/payments`, { amount: 500, currency_code: "eur", allocations: [{ entry_id: c3.id, amount: 1 }] }, admin)
        )
        expect(beyond).toMatchObject({ status: 400, message: expect.stringMatching(/has 0 outstanding/) })
        const twice = await failure(api.post(`/admin/companies/${company.northwind}/payments`, { amount: 5, currency_code: "eur", reference: "BANK-1" }, admin))
        expect(twice.message).toMatch(/reference "BANK-1" is already recorded/)
        expect((await failure(api.post(`/admin/companies/${company.northwind}/payments`, { amount: 5, currency_code: "usd" }, admin))).status).toBe(400)

        // a company with nothing to pay keeps the payment as an advance
        const advance = (await api.post(`/admin/companies/${company.kleinbau}/payments`, { amount: 100, currency_code: "eur" }, admin)).data
        expect(advance.payment).toMatchObject({ type: "payment", direction: "credit", outstanding: 100, allocations: [] })
        expect(advance.credit.balance).toBe(-100)

        const adjustment = (
          await api.post(`/admin/companies/${company.kleinbau}/adjustments`, { amount: 30, direction: "debit", reason: "Freight re-billed" }, admin)
        ).data
        expect(adjustment.adjustment).toMatchObject({ type: "adjustment", direction: "debit", amount: 30, note: "Freight re-billed" })
        expect(adjustment.credit.balance).toBe(-70)
        expect((await failure(api.post(`/admin/companies/${company.kleinbau}/adjustments`, { amount: 0, direction: "debit", reason: "x" }, admin))).status).toBe(400)
        expect((await ledger(company.northwind, "&status=paid")).map((e) => e.id)).toEqual([c3.id])
        expect((await ledger(company.northwind, "&type=payment")).length).toBe(2)
      })

    })

    describe("store routes are the buyer's own company's", () => {
      it("shows any employee the credit with the payment options, and the ledger to company admins only", async () => {
        const mine = (await api.get("/store/companies/me/credit", vera.headers)).data.credit
        expect(mine).toMatchObject({ company_id: company.northwind, currency_code: "eur", payment_terms: "net" })
        expect(mine.payment_options.map((o: { method: string; provider_id: string }) => [o.method, o.provider_id])).toEqual([
          ["invoice", "pp_invoice_b2b"],
          ["on_account", ON_ACCOUNT],
          ["guarantee", "pp_guarantee_b2b"],
        ])
        expect(mine.payment_options[2]).toMatchObject({ available: false, reason: expect.stringMatching(/not available yet/) })
        const kleinbau = (await api.get("/store/companies/me/credit", ole.headers)).data.credit
        expect(kleinbau.payment_options[1]).toMatchObject({ available: false, reason: expect.stringMatching(/prepaid/) })

        await recordCompanyChargeWorkflow(container).run({
          input: { company_id: company.northwind, amount: 42, due_at: new Date(Date.now() + 86_400_000), reference: "INV-store" },
        })
        const annaLedger = (await api.get("/store/companies/me/ledger", anna.headers)).data
        expect(annaLedger.count).toBe(1)
        expect(annaLedger.count).toBe((await ledger(company.northwind)).length)
        expect(annaLedger.entries.every((e: Entry & { company_id: string }) => e.company_id === company.northwind)).toBe(true)
        // another company's admin sees only their own (empty) ledger
        expect((await api.get("/store/companies/me/ledger", carl.headers)).data).toMatchObject({ entries: [], count: 0 })
        expect((await failure(api.get("/store/companies/me/ledger", vera.headers))).status).toBe(403)
        expect((await failure(api.get("/store/companies/me/credit", nora.headers))).status).toBe(404)
        expect((await failure(api.get("/store/companies/me/ledger", nora.headers))).status).toBe(404)
        expect((await failure(api.get("/admin/companies/comp_missing/credit", admin))).status).toBe(404)
        expect((await failure(api.get("/admin/companies/comp_missing/ledger", admin))).status).toBe(404)
        expect((await failure(api.get(`/admin/companies/${company.kleinbau}/ledger/${annaLedger.entries[0].id}`, admin))).status).toBe(404)
      })
    })
  },
})
