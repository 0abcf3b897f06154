import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createCatalogProducts, seedStoreBasics, type StoreBasics } from "../../seed/store"
import { adminHeaders, registerCustomer, storeHeaders, type RegisteredCustomer } from "../helpers/auth"
import { completeCart, prepareCartForCompletion } from "../helpers/checkout"
import { eventually, failure } from "../helpers/requests"

const ADDRESS = { first_name: "Ann", last_name: "Buyer", address_1: "Hafenstr. 1", city: "Hamburg", country_code: "de", postal_code: "20457" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let basics: StoreBasics
    let admin: { headers: Record<string, string> }
    let variantId: string
    let alice: RegisteredCustomer // admin of Acme
    let bob: RegisteredCustomer // buyer of Acme
    let vera: RegisteredCustomer // viewer of Acme
    let carl: RegisteredCustomer // admin of Globex
    let nora: RegisteredCustomer // no company
    let acme: any
    let globex: any

    const groupIdsOf = async (customerId: string) => {
      const customers = getContainer().resolve(Modules.CUSTOMER)
      const customer = await customers.retrieveCustomer(customerId, { relations: ["groups"] })
      return (customer.groups ?? []).map((g) => g.id).sort()
    }

    const cartWithItem = async (buyer: RegisteredCustomer, quantity = 1) => {
      const { data } = await api.post("/store/carts", { region_id: basics.region.id, shipping_address: ADDRESS }, buyer.headers)
      await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: variantId, quantity }, buyer.headers)
      return data.cart.id as string
    }

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
      vera = await register("vera@acme.test")
      carl = await register("carl@globex.test")
      nora = await register("nora@retail.test")

      acme = (await api.post("/admin/companies", { name: "Acme Construction", tax_id: "DE123", email: "office@acme.test", country_code: "DE", currency_code: "EUR" }, admin)).data.company
      globex = (await api.post("/admin/companies", { name: "Globex Supplies", email: "hq@globex.test" }, admin)).data.company
      const attach = (companyId: string, customer: RegisteredCustomer, role: string) =>
        api.post(`/admin/companies/${companyId}/employees`, { email: customer.customer.email, role }, admin)
      await attach(acme.id, alice, "admin")
      await attach(acme.id, bob, "buyer")
      await attach(acme.id, vera, "viewer")
      await attach(globex.id, carl, "admin")
    })

    describe("admin: companies", () => {
      it("creates a company with its own customer group and price list, searchable and filterable", async () => {
        expect(acme).toMatchObject({ id: expect.stringMatching(/^comp_/), status: "active", country_code: "de", currency_code: "eur" })
        const container = getContainer()
        const group = await container.resolve(Modules.CUSTOMER).retrieveCustomerGroup(acme.customer_group_id)
        expect(group.name).toBe("Acme Construction")
        const { price_list } = (await api.get(`/admin/price-lists/${acme.price_list_id}`, admin)).data
        expect(price_list).toMatchObject({ type: "override", status: "active" })
        expect(price_list.rules).toEqual({ "customer.groups.id": [acme.customer_group_id] })

        await api.post("/admin/companies", { name: "Pending Pipes", status: "pending", tax_id: "PP-99" }, admin)
        const byTaxId = await api.get("/admin/companies?q=PP-99", admin)
        expect(byTaxId.data.companies.map((c: any) => c.name)).toEqual(["Pending Pipes"])
        const byEmail = await api.get("/admin/companies?q=globex.test", admin)
        expect(byEmail.data.companies.map((c: any) => c.name)).toEqual(["Globex Supplies"])
        const pending = await api.get("/admin/companies?status=pending", admin)
        expect(pending.data).toMatchObject({ count: 1, companies: [expect.objectContaining({ name: "Pending Pipes" })] })
        const page = await api.get("/admin/companies?limit=2&offset=0", admin)
        expect(page.data).toMatchObject({ count: 3, limit: 2, offset: 0 })
        expect(page.data.companies).toHaveLength(2)
      })

      it("reads a company with its employees, updates it and renames its group with it", async () => {
        const { data } = await api.get(`/admin/companies/${acme.id}`, admin)
        expect(data.company.employees.map((e: any) => [e.email, e.role]).sort()).toEqual([
          ["alice@acme.test", "admin"],
          ["bob@acme.test", "buyer"],
          ["vera@acme.test", "viewer"],
        ])
        const updated = await api.post(`/admin/companies/${acme.id}`, { name: "Acme Group", status: "on_hold", min_order_amount: 250, notes: "pays late" }, admin)
        expect(updated.data.company).toMatchObject({ name: "Acme Group", status: "on_hold", min_order_amount: 250, notes: "pays late" })
        const group = await getContainer().resolve(Modules.CUSTOMER).retrieveCustomerGroup(acme.customer_group_id)
        expect(group.name).toBe("Acme Group")
      })

      it("deletes a company: employees detached, group and price list removed, 404 afterwards", async () => {
        await api.delete(`/admin/companies/${acme.id}`, admin)
        expect((await failure(api.get(`/admin/companies/${acme.id}`, admin))).status).toBe(404)
        expect(await groupIdsOf(alice.customer.id)).toEqual([])
        const container = getContainer()
        expect(await container.resolve(Modules.CUSTOMER).listCustomerGroups({ id: acme.customer_group_id })).toHaveLength(0)
        expect(await container.resolve(Modules.PRICING).listPriceLists({ id: acme.price_list_id })).toHaveLength(0)
        // a detached customer can be attached elsewhere
        await api.post(`/admin/companies/${globex.id}/employees`, { customer_id: alice.customer.id, role: "buyer" }, admin)
        expect(await groupIdsOf(alice.customer.id)).toEqual([globex.customer_group_id])
        expect((await failure(api.delete(`/admin/companies/${acme.id}`, admin))).status).toBe(404)
      })

      it("answers 400 naming the field for bad input, and writes nothing", async () => {
        const cases: [object, RegExp][] = [
          [{}, /name/],
          [{ name: "" }, /name is required/],
          [{ name: "X", country_code: "zz" }, /country_code/],
          [{ name: "X", currency_code: "abc" }, /currency_code/],
          [{ name: "X", min_order_amount: -5 }, /min_order_amount cannot be negative/],
          [{ name: "x".repeat(256) }, /name must be at most 255/],
          [{ name: "X", status: "sleeping" }, /status/],
          [{ name: "X", unknown_field: 1 }, /unknown_field/],
        ]
        for (const [body, message] of cases) {
          const res = await failure(api.post("/admin/companies", body, admin))
          expect(res).toMatchObject({ status: 400, type: "invalid_data" })
          expect(res.message).toMatch(message)
        }
        expect((await api.get("/admin/companies", admin)).data.count).toBe(2)
        expect((await failure(api.get("/admin/companies/comp_missing", admin))).status).toBe(404)
        expect((await failure(api.post("/admin/companies/comp_missing", { name: "Y" }, admin))).status).toBe(404)
      })
    })

    describe("admin: employees and group membership", () => {
      it("keeps the customer group exact as employees are attached, changed and detached", async () => {
        expect(await groupIdsOf(bob.customer.id)).toEqual([acme.customer_group_id])
        expect(await groupIdsOf(nora.customer.id)).toEqual([])

        const added = await api.post(`/admin/companies/${globex.id}/employees`, { customer_id: nora.customer.id, role: "buyer", spending_limit: 5000 }, admin)
        expect(added.data.employee).toMatchObject({ id: expect.stringMatching(/^emp_/), email: "nora@retail.test", role: "buyer", spending_limit: 5000 })
        expect(await groupIdsOf(nora.customer.id)).toEqual([globex.customer_group_id])

        const listed = await api.get(`/admin/companies/${globex.id}/employees`, admin)
        expect(listed.data.employees.map((e: any) => e.email).sort()).toEqual(["carl@globex.test", "nora@retail.test"])

        const changed = await api.post(`/admin/companies/${globex.id}/employees/${added.data.employee.id}`, { role: "viewer", spending_limit: null }, admin)
        expect(changed.data.employee).toMatchObject({ role: "viewer", spending_limit: null })

        await api.delete(`/admin/companies/${globex.id}/employees/${added.data.employee.id}`, admin)
        expect(await groupIdsOf(nora.customer.id)).toEqual([])
        expect((await failure(api.get(`/admin/customers/${nora.customer.id}/company`, admin))).status).toBe(404)

        const byCustomer = await api.get(`/admin/customers/${bob.customer.id}/company`, admin)
        expect(byCustomer.data).toMatchObject({ company: { id: acme.id, name: "Acme Construction" }, employee: { role: "buyer" } })
      })

      it("refuses unknown emails, customers of another company, bad roles and negative limits with 400", async () => {
        const cases: [object, RegExp][] = [
          [{ email: "ghost@nowhere.test", role: "buyer" }, /No customer with email "ghost@nowhere.test"/],
          [{ email: "carl@globex.test", role: "buyer" }, /already belongs to a company/],
          [{ email: "nora@retail.test", role: "boss" }, /role/],
          [{ email: "nora@retail.test", spending_limit: -1 }, /spending_limit cannot be negative/],
          [{ role: "buyer" }, /customer_id or email/],
        ]
        for (const [body, message] of cases) {
          const res = await failure(api.post(`/admin/companies/${acme.id}/employees`, body, admin))
          expect(res).toMatchObject({ status: 400 })
          expect(res.message).toMatch(message)
        }
        expect(await groupIdsOf(nora.customer.id)).toEqual([])
        const employeeOfGlobex = (await api.get(`/admin/companies/${globex.id}/employees`, admin)).data.employees[0]
        expect((await failure(api.post(`/admin/companies/${acme.id}/employees/${employeeOfGlobex.id}`, { role: "buyer" }, admin))).status).toBe(404)
      })
    })

    describe("store: company accounts", () => {
      it("a customer applies, becomes admin of a pending company, and orders only once the merchant activates it", async () => {
        const dora = await registerCustomer(api, basics.publishableKey, { email: "dora@newco.test" })
        const applied = await api.post("/store/companies", { name: "NewCo Builders", tax_id: "NC-1", country_code: "fr" }, dora.headers)
        expect(applied.data).toMatchObject({ company: { name: "NewCo Builders", status: "pending" }, employee: { role: "admin" } })
        expect(applied.data.company.notes).toBeUndefined()
        expect(await groupIdsOf(dora.customer.id)).toEqual([applied.data.company.customer_group_id])
        expect((await failure(api.post("/store/companies", { name: "Again" }, dora.headers))).status).toBe(400)

        const { data: created } = await api.post("/store/carts", { region_id: basics.region.id, shipping_address: ADDRESS }, dora.headers)
        const refused = await failure(api.post(`/store/carts/${created.cart.id}/line-items`, { variant_id: variantId, quantity: 1 }, dora.headers))
        expect(refused).toMatchObject({ status: 403 })
        expect(refused.message).toMatch(/awaiting approval/)

        await api.post(`/admin/companies/${applied.data.company.id}`, { status: "active" }, admin)
        const cartId = await cartWithItem(dora)
        await prepareCartForCompletion(api, dora.headers, cartId, basics.shippingOption.id)
        const placed = await completeCart(api, dora.headers, cartId)
        expect(placed.data.type).toBe("order")

        // the order is tied to the company inside checkout
        const orderId = placed.data.order.id
        const { data: listed } = await api.get(`/admin/companies/${applied.data.company.id}/orders`, admin)
        expect(listed.orders.map((o: any) => o.id)).toEqual([orderId])
        // Payment and fulfilment status as Medusa's order list computes them; they are no columns of the order.
        expect(listed.orders[0]).toMatchObject({ payment_status: "authorized", fulfillment_status: "not_fulfilled" })
        expect(listed.orders[0].items).toBeUndefined()
        const own = await api.get("/store/companies/me/orders", dora.headers)
        expect(own.data.orders.map((o: any) => o.id)).toEqual([orderId])
      })

      it("isolates companies: foreign ids answer 404, no company answers 404, anonymous answers 401", async () => {
        const globexEmployees = (await api.get(`/admin/companies/${globex.id}/employees`, admin)).data.employees
        const foreignId = globexEmployees[0].id
        for (const request of [
          () => api.post(`/store/companies/me/employees/${foreignId}`, { role: "viewer" }, alice.headers),
          () => api.delete(`/store/companies/me/employees/${foreignId}`, alice.headers),
          () => api.post(`/store/companies/me/employees/emp_missing`, { role: "viewer" }, alice.headers),
        ]) {
          expect((await failure(request())).status).toBe(404)
        }
        const own = await api.get("/store/companies/me/employees", alice.headers)
        expect(own.data.employees.map((e: any) => e.email).sort()).toEqual(["alice@acme.test", "bob@acme.test", "vera@acme.test"])
        expect((await api.get(`/admin/companies/${globex.id}/employees`, admin)).data.employees[0].role).toBe("admin")

        expect((await failure(api.get("/store/companies/me", nora.headers))).status).toBe(404)
        expect((await failure(api.get("/store/companies/me/employees", nora.headers))).status).toBe(404)
        const anonymous = storeHeaders(basics.publishableKey)
        for (const path of ["/store/companies/me", "/store/companies/me/employees", "/store/companies/me/orders"]) {
          expect((await failure(api.get(path, anonymous))).status).toBe(401)
        }
        expect((await failure(api.post("/store/companies", { name: "Anon" }, anonymous))).status).toBe(401)
        const me = await api.get("/store/companies/me", bob.headers)
        expect(me.data).toMatchObject({ company: { id: acme.id }, employee: { role: "buyer" } })
        expect(me.data.company).not.toHaveProperty("notes")
      })

      it("lets only company admins manage employees, and never lose the last admin", async () => {
        const forbidden = await failure(api.post("/store/companies/me/employees", { email: "nora@retail.test", role: "buyer" }, bob.headers))
        expect(forbidden).toMatchObject({ status: 403 })
        expect(forbidden.message).toMatch(/Only an admin of "Acme Construction"/)
        expect((await failure(api.post("/store/companies/me", { phone: "1" }, vera.headers))).status).toBe(403)

        // Adding an employee from the store invites them: nora joins only once she accepts.
        const invited = await api.post("/store/companies/me/employees", { email: "nora@retail.test", role: "buyer" }, alice.headers)
        expect(invited.status).toBe(201)
        expect(invited.data.invitation).toMatchObject({ email: "nora@retail.test", role: "buyer", status: "pending", company_id: acme.id })
        expect(await groupIdsOf(nora.customer.id)).toEqual([])
        const added = await api.post(`/store/invitations/${invited.data.invitation.id}/accept`, {}, nora.headers)
        expect(added.data.employee).toMatchObject({ email: "nora@retail.test", role: "buyer", company_id: acme.id })
        expect(await groupIdsOf(nora.customer.id)).toEqual([acme.customer_group_id])
        // An employee of another company is invited like anyone, and cannot accept without leaving it first.
        const carlsInvitation = await api.post("/store/companies/me/employees", { email: "carl@globex.test" }, alice.headers)
        const refused = await failure(api.post(`/store/invitations/${carlsInvitation.data.invitation.id}/accept`, {}, carl.headers))
        expect(refused).toMatchObject({ status: 400 })
        expect(refused.message).toMatch(/already belong to a company/)

        const aliceEmployee = (await api.get("/store/companies/me", alice.headers)).data.employee
        const demote = await failure(api.post(`/store/companies/me/employees/${aliceEmployee.id}`, { role: "buyer" }, alice.headers))
        expect(demote).toMatchObject({ status: 400 })
        expect(demote.message).toMatch(/last admin/)
        expect((await failure(api.delete(`/store/companies/me/employees/${aliceEmployee.id}`, alice.headers))).message).toMatch(/last admin/)

        // with a second admin, the first may step down
        await api.post(`/store/companies/me/employees/${added.data.employee.id}`, { role: "admin" }, alice.headers)
        await api.post(`/store/companies/me/employees/${aliceEmployee.id}`, { role: "buyer" }, alice.headers)
        expect((await api.get("/store/companies/me", alice.headers)).data.employee.role).toBe("buyer")

        const contact = await api.post("/store/companies/me", { phone: "+49 40 123", city: "Bremen" }, nora.headers)
        expect(contact.data.company).toMatchObject({ phone: "+49 40 123", city: "Bremen", status: "active" })
        for (const body of [{ status: "active" }, { min_order_amount: 0 }, { notes: "x" }]) {
          expect((await failure(api.post("/store/companies/me", body, nora.headers))).status).toBe(400)
        }
      })

      it("refuses a viewer's add to cart and an on-hold company's checkout with 403 and a reason", async () => {
        const { data } = await api.post("/store/carts", { region_id: basics.region.id }, vera.headers)
        const viewer = await failure(api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: variantId, quantity: 1 }, vera.headers))
        expect(viewer).toMatchObject({ status: 403 })
        expect(viewer.message).toMatch(/viewer/)

        const cartId = await cartWithItem(bob)
        await prepareCartForCompletion(api, bob.headers, cartId, basics.shippingOption.id)
        await api.post(`/admin/companies/${acme.id}`, { status: "on_hold" }, admin)
        const onHold = await failure(completeCart(api, bob.headers, cartId))
        expect(onHold).toMatchObject({ status: 403 })
        expect(onHold.message).toMatch(/on hold/)
        const more = await failure(api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1 }, bob.headers))
        expect(more.status).toBe(403)

        // a retail customer with no company is not affected
        const retailCart = await cartWithItem(nora)
        await prepareCartForCompletion(api, nora.headers, retailCart, basics.shippingOption.id)
        expect((await completeCart(api, nora.headers, retailCart)).data.type).toBe("order")
      })

      it("caps one order at the employee's spending limit", async () => {
        const bobEmployee = (await api.get("/store/companies/me", bob.headers)).data.employee
        await api.post(`/admin/companies/${acme.id}/employees/${bobEmployee.id}`, { spending_limit: 40 }, admin)
        const cartId = await cartWithItem(bob, 3) // 3 × 12.50 + 15 shipping = 52.50
        const collection = await prepareCartForCompletion(api, bob.headers, cartId, basics.shippingOption.id)
        const refused = await failure(completeCart(api, bob.headers, cartId))
        expect(refused).toMatchObject({ status: 400 })
        expect(refused.message).toMatch(/totals 52.5 EUR, above your spending limit of 40 EUR per order/)

        const items = (await api.get(`/store/carts/${cartId}`, bob.headers)).data.cart.items
        await api.post(`/store/carts/${cartId}/line-items/${items[0].id}`, { quantity: 2 }, bob.headers)
        await api.post(`/store/payment-collections/${collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, bob.headers)
        expect((await completeCart(api, bob.headers, cartId)).data.type).toBe("order")
      })

      it("keeps an employee's name and email in step with their customer account", async () => {
        await api.post("/store/customers/me", { first_name: "Robert", last_name: "Builder" }, bob.headers)
        const employee = await eventually(async () => {
          const { data } = await api.get("/store/companies/me", bob.headers)
          return data.employee.first_name === "Robert" ? data.employee : null
        })
        expect(employee).toMatchObject({ first_name: "Robert", last_name: "Builder", email: "bob@acme.test" })
      })
    })
  },
})
