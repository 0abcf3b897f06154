import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedStoreBasics, type StoreBasics } from "../../seed/store"
import { adminHeaders, registerCustomer, type RegisteredCustomer } from "../helpers/auth"
import { failure } from "../helpers/requests"

const WAREHOUSE = { label: "Warehouse Hamburg", first_name: "Lena", last_name: "Lager", company: "Acme Construction", address_1: "Hafenstr. 1", city: "Hamburg", postal_code: "20457", country_code: "DE", phone: "+49 40 1234" }
const SITE = { label: "Site Altona", address_1: "Bahrenfelder Str. 9", city: "Hamburg", postal_code: "22765", country_code: "de" }
const BILLING = { kind: "billing", label: "Head office", company: "Acme Construction GmbH", address_1: "Ring 5", city: "Berlin", postal_code: "10115", country_code: "de" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let basics: StoreBasics
    let admin: { headers: Record<string, string> }
    let alice: RegisteredCustomer // admin of Acme
    let bob: RegisteredCustomer // buyer of Acme
    let vera: RegisteredCustomer // viewer of Acme
    let carl: RegisteredCustomer // admin of Globex
    let nora: RegisteredCustomer // no company
    let acme: { id: string }
    let globex: { id: string }
    // Written in beforeAll, so every test starts from them: each test's own writes are reset after it.
    let acmeWarehouse: any
    let acmeBilling: any
    let globexSite: any

    beforeAll(async () => {
      const container = getContainer()
      basics = await seedStoreBasics(container)
      admin = await adminHeaders(container)
      const register = (email: string) => registerCustomer(api, basics.publishableKey, { email })
      alice = await register("alice@acme.test")
      bob = await register("bob@acme.test")
      vera = await register("vera@acme.test")
      carl = await register("carl@globex.test")
      nora = await register("nora@retail.test")
      acme = (await api.post("/admin/companies", { name: "Acme Construction" }, admin)).data.company
      globex = (await api.post("/admin/companies", { name: "Globex Supplies" }, admin)).data.company
      const attach = (companyId: string, customer: RegisteredCustomer, role: string) =>
        api.post(`/admin/companies/${companyId}/employees`, { email: customer.customer.email, role }, admin)
      await attach(acme.id, alice, "admin")
      await attach(acme.id, bob, "buyer")
      await attach(acme.id, vera, "viewer")
      await attach(globex.id, carl, "admin")
      acmeWarehouse = (await api.post(`/admin/companies/${acme.id}/addresses`, { ...WAREHOUSE, is_default: true }, admin)).data.address
      acmeBilling = (await api.post(`/admin/companies/${acme.id}/addresses`, BILLING, admin)).data.address
      globexSite = (await api.post(`/admin/companies/${globex.id}/addresses`, { ...SITE, label: "Globex yard" }, admin)).data.address
    })

    describe("admin: /admin/companies/:id/addresses", () => {
      it("creates, lists, changes and deletes a company's delivery sites and billing address", async () => {
        const base = `/admin/companies/${acme.id}/addresses`
        const warehouse = acmeWarehouse
        expect(warehouse).toMatchObject({ ...WAREHOUSE, country_code: "de", kind: "shipping", is_default: true, company_id: acme.id })
        expect(warehouse.id).toMatch(/^caddr_/)
        expect(acmeBilling).toMatchObject({ kind: "billing", is_default: false, city: "Berlin" })
        // A new default delivery site takes the default over.
        const site = (await api.post(base, { ...SITE, is_default: true }, admin)).data.address
        expect(site).toMatchObject({ ...SITE, kind: "shipping", is_default: true })
        expect((await api.get(`${base}/${warehouse.id}`, admin)).data.address.is_default).toBe(false)

        const listed = (await api.get(base, admin)).data
        expect(listed.count).toBe(3)
        expect(listed.addresses.map((a: any) => a.label)).toEqual(["Site Altona", "Head office", "Warehouse Hamburg"])
        expect((await api.get(`${base}?kind=billing`, admin)).data.addresses.map((a: any) => a.id)).toEqual([acmeBilling.id])

        const changed = (await api.post(`${base}/${warehouse.id}`, { label: "Warehouse HH", is_default: true }, admin)).data.address
        expect(changed).toMatchObject({ label: "Warehouse HH", is_default: true, address_1: "Hafenstr. 1" })
        expect((await api.get(`${base}/${site.id}`, admin)).data.address.is_default).toBe(false)

        const deleted = (await api.delete(`${base}/${site.id}`, admin)).data
        expect(deleted).toEqual({ id: site.id, object: "company_address", deleted: true })
        expect((await failure(api.get(`${base}/${site.id}`, admin))).status).toBe(404)
        expect((await api.get(base, admin)).data.count).toBe(2)
      })

      it("keeps one billing address per company, also against writers at the same moment", async () => {
        const base = `/admin/companies/${globex.id}/addresses`
        expect((await api.get(`${base}?kind=billing`, admin)).data.count).toBe(0)
        const answers = await Promise.allSettled(
          [1, 2, 3].map((n) => api.post(base, { ...BILLING, label: `Billing ${n}` }, admin))
        )
        const ok = answers.filter((a) => a.status === "fulfilled")
        const refused = answers.flatMap((a) => (a.status === "rejected" ? [(a.reason as any).response] : []))
        expect(ok).toHaveLength(1)
        expect(refused.map((r) => r.status)).toEqual(refused.map(() => 400))
        expect((await api.get(`${base}?kind=billing`, admin)).data.count).toBe(1)

        const again = await failure(api.post(base, BILLING, admin))
        expect(again.status).toBe(400)
        expect(again.message).toContain("already has a billing address")
        // A delivery site cannot become a second billing address either.
        const site = (await api.post(base, SITE, admin)).data.address
        const turned = await failure(api.post(`${base}/${site.id}`, { kind: "billing" }, admin))
        expect(turned.status).toBe(400)
        expect((await api.get(`${base}/${site.id}`, admin)).data.address.kind).toBe("shipping")
      })

      it("answers 404 for another company's address and a missing company, 400 for bad input", async () => {
        const acmeAddress = acmeWarehouse
        const foreign = `/admin/companies/${globex.id}/addresses/${acmeAddress.id}`
        expect((await failure(api.get(foreign, admin))).status).toBe(404)
        expect((await failure(api.post(foreign, { label: "Mine now" }, admin))).status).toBe(404)
        expect((await failure(api.delete(foreign, admin))).status).toBe(404)
        expect((await api.get(`/admin/companies/${acme.id}/addresses/${acmeAddress.id}`, admin)).data.address.label).toBe(acmeAddress.label)
        expect((await failure(api.get(`/admin/companies/comp_missing/addresses`, admin))).status).toBe(404)
        expect((await failure(api.post(`/admin/companies/comp_missing/addresses`, SITE, admin))).status).toBe(404)

        for (const [body, message] of [
          [{ ...SITE, country_code: "xx" }, "country_code"],
          [{ ...SITE, kind: "office" }, "'billing, shipping' for field 'kind'"],
          [{ ...SITE, address_1: " " }, "address_1 is required"],
          [{ ...SITE, label: "x".repeat(200) }, "label must be at most 128"],
          [{ ...SITE, company_id: globex.id }, "company_id"],
        ] as const) {
          const res = await failure(api.post(`/admin/companies/${acme.id}/addresses`, body, admin))
          expect([message, res.status]).toEqual([message, 400])
          expect(res.message).toContain(message)
        }
      })
    })

    describe("store: /store/companies/me/addresses", () => {
      it("lets the company's admins write and every employee list the company's addresses", async () => {
        const created = await api.post("/store/companies/me/addresses", { ...SITE, label: "Site Wedel" }, alice.headers)
        expect(created.status).toBe(201)
        const site = created.data.address
        expect(site).toMatchObject({ label: "Site Wedel", company_id: acme.id, kind: "shipping" })
        for (const employee of [alice, bob, vera]) {
          const { data } = await api.get("/store/companies/me/addresses", employee.headers)
          expect(data.addresses.map((a: any) => a.id)).toContain(site.id)
          expect(data.addresses.every((a: any) => a.company_id === acme.id)).toBe(true)
        }
        const updated = (await api.post(`/store/companies/me/addresses/${site.id}`, { phone: "+49 4103 1" }, alice.headers)).data.address
        expect(updated.phone).toBe("+49 4103 1")
        expect((await api.get(`/store/companies/me/addresses/${site.id}`, vera.headers)).data.address.id).toBe(site.id)

        for (const employee of [bob, vera]) {
          expect((await failure(api.post("/store/companies/me/addresses", SITE, employee.headers))).status).toBe(403)
          expect((await failure(api.post(`/store/companies/me/addresses/${site.id}`, { label: "x" }, employee.headers))).status).toBe(403)
          expect((await failure(api.delete(`/store/companies/me/addresses/${site.id}`, employee.headers))).status).toBe(403)
        }
        expect((await api.get(`/store/companies/me/addresses/${site.id}`, alice.headers)).data.address.label).toBe("Site Wedel")
        expect((await api.delete(`/store/companies/me/addresses/${site.id}`, alice.headers)).data).toEqual({
          id: site.id,
          object: "company_address",
          deleted: true,
        })
      })

      it("answers 404 for another company's address and for a customer without a company", async () => {
        const acmeAddress = acmeWarehouse
        const path = `/store/companies/me/addresses/${acmeAddress.id}`
        expect((await failure(api.get(path, carl.headers))).status).toBe(404)
        expect((await failure(api.post(path, { label: "Mine now" }, carl.headers))).status).toBe(404)
        expect((await failure(api.delete(path, carl.headers))).status).toBe(404)
        expect((await api.get(path, alice.headers)).data.address.label).toBe(acmeAddress.label)
        expect((await failure(api.get("/store/companies/me/addresses", nora.headers))).status).toBe(404)
        expect((await failure(api.post("/store/companies/me/addresses", SITE, nora.headers))).status).toBe(404)
        const globexAddresses = (await api.get("/store/companies/me/addresses", carl.headers)).data.addresses
        expect(globexAddresses.every((a: any) => a.company_id === globex.id)).toBe(true)
      })
    })

    describe("checkout: POST /store/carts/:id/company-address", () => {
      it("gives the buyer's cart a company address as its shipping or billing address", async () => {
        const cart = (await api.post("/store/carts", { region_id: basics.region.id }, bob.headers)).data.cart
        const site = acmeWarehouse
        const billing = acmeBilling
        const shipped = (await api.post(`/store/carts/${cart.id}/company-address`, { address_id: site.id, kind: "shipping" }, bob.headers)).data
        expect(shipped.cart.shipping_address).toMatchObject({
          address_1: site.address_1, city: site.city, postal_code: site.postal_code, country_code: "de", company: site.company,
        })
        await api.post(`/store/carts/${cart.id}/company-address`, { address_id: billing.id, kind: "billing" }, bob.headers)
        // Medusa's own cart route shows what the cart now holds.
        const { data } = await api.get(`/store/carts/${cart.id}?fields=*shipping_address,*billing_address`, bob.headers)
        expect(data.cart.shipping_address).toMatchObject({ address_1: site.address_1, city: site.city })
        expect(data.cart.billing_address).toMatchObject({ address_1: "Ring 5", city: "Berlin", company: "Acme Construction GmbH" })
        // A viewer may fill in their own cart too; only completing it is refused.
        const veraCart = (await api.post("/store/carts", { region_id: basics.region.id }, vera.headers)).data.cart
        const viewer = (await api.post(`/store/carts/${veraCart.id}/company-address`, { address_id: site.id, kind: "shipping" }, vera.headers)).data
        expect(viewer.cart.shipping_address.address_1).toBe(site.address_1)
      })

      it("refuses a delivery site as billing address, foreign addresses and other people's carts", async () => {
        const cart = (await api.post("/store/carts", { region_id: basics.region.id }, bob.headers)).data.cart
        const site = acmeWarehouse
        const asBilling = await failure(api.post(`/store/carts/${cart.id}/company-address`, { address_id: site.id, kind: "billing" }, bob.headers))
        expect(asBilling.status).toBe(400)
        expect(asBilling.message).toContain("billing address only")

        const foreign = await failure(api.post(`/store/carts/${cart.id}/company-address`, { address_id: globexSite.id, kind: "shipping" }, bob.headers))
        expect(foreign.status).toBe(404)
        // A colleague, another company's customer, a retail customer, an anonymous caller: the cart is not found for them.
        expect((await failure(api.post(`/store/carts/${cart.id}/company-address`, { address_id: site.id, kind: "shipping" }, alice.headers))).status).toBe(404)
        expect((await failure(api.post(`/store/carts/${cart.id}/company-address`, { address_id: globexSite.id, kind: "shipping" }, carl.headers))).status).toBe(404)
        expect((await failure(api.post(`/store/carts/${cart.id}/company-address`, { address_id: site.id, kind: "shipping" }, nora.headers))).status).toBe(404)
        const anonymous = { headers: { "x-publishable-api-key": basics.publishableKey } }
        expect((await failure(api.post(`/store/carts/${cart.id}/company-address`, { address_id: site.id, kind: "shipping" }, anonymous))).status).toBe(404)
        expect((await failure(api.post(`/store/carts/cart_missing/company-address`, { address_id: site.id, kind: "shipping" }, bob.headers))).status).toBe(404)
        expect((await failure(api.post(`/store/carts/${cart.id}/company-address`, { address_id: site.id }, bob.headers))).status).toBe(400)

        const { data } = await api.get(`/store/carts/${cart.id}?fields=*shipping_address`, bob.headers)
        expect(data.cart.shipping_address?.address_1 ?? null).toBeNull()
      })
    })
  },
})
