// The storefront client against the real server: every call goes through @medusajs/js-sdk's fetch, so
// what the client's types promise is what the routes answer.
import Medusa, { FetchError } from "@medusajs/js-sdk"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createCatalogProducts, seedStoreBasics, type StoreBasics } from "../../seed/store"
import { createB2BClient, type B2BClient, type StoreCompany, type StoreEmployee } from "../../src/client"
import { adminHeaders, registerCustomer, type RegisteredCustomer } from "../helpers/auth"

/** The status a client call failed with (js-sdk throws a FetchError carrying it). */
const statusOf = async (request: Promise<unknown>) => {
  try {
    await request
  } catch (error) {
    if (error instanceof FetchError) return error.status
    throw error
  }
  throw new Error("expected the call to fail")
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let basics: StoreBasics
    let admin: { headers: Record<string, string> }
    let variantId: string
    let alice: RegisteredCustomer // admin of Acme
    let bob: RegisteredCustomer // a registered customer Alice adds
    let nora: RegisteredCustomer // no company yet
    let acmeId: string

    /** A storefront's js-sdk for this customer, and the B2B client on top of it. */
    const clientFor = (customer: RegisteredCustomer): B2BClient =>
      createB2BClient(
        new Medusa({
          baseUrl: api.defaults.baseURL as string,
          publishableKey: basics.publishableKey,
          globalHeaders: { authorization: `Bearer ${customer.token}` },
          auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
        })
      )

    beforeAll(async () => {
      const container = getContainer()
      basics = await seedStoreBasics(container)
      const [product] = await createCatalogProducts(container, basics, [
        { title: "Hex bolt M8", handle: "hex-bolt-m8", variants: [{ title: "Box of 100", sku: "BOLT-M8-100", price: 12.5, stock: 1000 }] },
      ])
      variantId = product.variants[0].id
      admin = await adminHeaders(container)
      const register = (email: string) => registerCustomer(api, basics.publishableKey, { email })
      alice = await register("alice@acme.test")
      bob = await register("bob@acme.test")
      nora = await register("nora@retail.test")
      const acme = (await api.post("/admin/companies", { name: "Acme Construction", currency_code: "eur" }, admin)).data.company
      acmeId = acme.id
      await api.post(`/admin/companies/${acmeId}/employees`, { email: alice.customer.email, role: "admin" }, admin)
    })

    it("company: apply, retrieve and update, answering the allow-listed fields", async () => {
      const noraClient = clientFor(nora)
      expect(await statusOf(noraClient.company.retrieve())).toBe(404)
      const applied = await noraClient.company.apply({ name: "Nora's Retail", country_code: "de" })
      expect(applied.company).toMatchObject({ name: "Nora's Retail", status: "pending", country_code: "de" })
      expect(applied.employee).toMatchObject({ customer_id: nora.customer.id, role: "admin" })

      const b2b = clientFor(alice)
      const { company, employee } = await b2b.company.retrieve()
      const companyKeys: Array<keyof StoreCompany> = [
        "id", "name", "legal_name", "tax_id", "email", "phone", "address_1", "address_2", "city", "postal_code",
        "province", "country_code", "currency_code", "status", "customer_group_id", "price_list_id", "promotion_id",
        "min_order_amount", "min_order_currency_code", "payment_terms", "net_days", "credit_limit", "overdue_hold_days",
        "contract_number", "contract_date", "created_at", "updated_at",
      ]
      expect(Object.keys(company).sort()).toEqual([...companyKeys].sort())
      const employeeKeys: Array<keyof StoreEmployee> = [
        "id", "company_id", "customer_id", "email", "first_name", "last_name", "role", "spending_limit", "created_at", "updated_at",
      ]
      expect(Object.keys(employee).sort()).toEqual([...employeeKeys].sort())
      expect(company).toMatchObject({ id: acmeId, status: "active", currency_code: "eur" })

      const updated = await b2b.company.update({ phone: "+49 40 123456" })
      expect(updated.company.phone).toBe("+49 40 123456")
    })

    it("employees: invite, accept, list, change and remove", async () => {
      const b2b = clientFor(alice)
      const invited = await b2b.employees.create({ email: bob.customer.email, role: "buyer", spending_limit: 500 })
      expect(invited.invitation).toMatchObject({ email: bob.customer.email, role: "buyer", spending_limit: 500, status: "pending" })
      expect((await b2b.company.invitations.list({ status: "pending" })).invitations.map((i) => i.id)).toEqual([invited.invitation.id])
      const received = await clientFor(bob).invitations.list()
      expect(received.invitations).toEqual([expect.objectContaining({ id: invited.invitation.id, company: expect.objectContaining({ id: acmeId }) })])
      const added = await clientFor(bob).invitations.accept(invited.invitation.id)
      expect(added.employee).toMatchObject({ customer_id: bob.customer.id, role: "buyer", spending_limit: 500 })

      const page = await b2b.employees.list({ limit: 10 })
      expect(page).toMatchObject({ count: 2, offset: 0, limit: 10 })
      expect(page.employees.map((e) => e.customer_id).sort()).toEqual([alice.customer.id, bob.customer.id].sort())

      const changed = await b2b.employees.update(added.employee!.id, { role: "viewer" })
      expect(changed.employee.role).toBe("viewer")
      // a viewer may not manage the company
      expect(await statusOf(clientFor(bob).employees.create({ email: nora.customer.email }))).toBe(403)

      expect(await b2b.employees.delete(added.employee!.id)).toEqual({ id: added.employee!.id, object: "employee", deleted: true })
      expect((await b2b.employees.list()).count).toBe(1)
    })

    it("prices, quantity rules, orders and the cart check", async () => {
      const b2b = clientFor(alice)
      await api.post(`/admin/companies/${acmeId}/prices/batch`, { create: [{ sku: "BOLT-M8-100", currency_code: "eur", amount: 9.5 }] }, admin)
      const prices = await b2b.prices.list({ q: "BOLT", limit: 5 })
      expect(prices).toMatchObject({ count: 1, offset: 0, limit: 5 })
      expect(prices.prices).toEqual([
        expect.objectContaining({ variant_id: variantId, sku: "BOLT-M8-100", currency_code: "eur", amount: 9.5, min_quantity: null }),
      ])
      const csv = await b2b.prices.exportCsv()
      expect(csv).toContain("BOLT-M8-100")
      expect(csv).toContain("9.5")

      const rule = (await api.post("/admin/quantity-rules", { variant_id: variantId, min_quantity: 10, increment: 5 }, admin)).data.quantity_rule
      const { quantity_rules } = await b2b.quantityRules.list(variantId)
      expect(quantity_rules).toEqual([
        { variant_id: variantId, id: rule.id, min_quantity: 10, increment: 5, max_quantity: null, unit: null },
      ])

      const headers = { "x-publishable-api-key": basics.publishableKey, authorization: `Bearer ${alice.token}` }
      const { data } = await api.post("/store/carts", { region_id: basics.region.id }, { headers })
      await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: variantId, quantity: 10 }, { headers })
      expect(await b2b.cart.check(data.cart.id)).toEqual({ valid: true, violations: [] })
      // the merchant raises the lot: the cart no longer fits it
      await api.post(`/admin/quantity-rules/${rule.id}`, { min_quantity: 20 }, admin)
      const check = await b2b.cart.check(data.cart.id)
      expect(check.valid).toBe(false)
      expect(check.violations).toEqual([
        expect.objectContaining({ code: "below_min_quantity", kind: "invalid_data", variant_id: variantId, message: expect.any(String) }),
      ])
      // another customer's cart is not found
      expect(await statusOf(clientFor(nora).cart.check(data.cart.id))).toBe(404)

      expect(await b2b.orders.list()).toMatchObject({ orders: [], count: 0 })
    })
  },
})
