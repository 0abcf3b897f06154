import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCatalogProducts, seedStoreBasics, type StoreBasics } from "../../seed/store"
import { adminHeaders, registerCustomer, type RegisteredCustomer } from "../helpers/auth"
import { COMPANY_MODULE } from "../../src/modules/company"

const ORDERS = 1205
// A price sheet large enough that a search matching every row must be paged.
const VARIANTS = 120

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let basics: StoreBasics
    let admin: { headers: Record<string, string> }
    let acme: { id: string }
    let buyer: RegisteredCustomer
    const orderIds: string[] = []

    beforeAll(async () => {
      const container = getContainer()
      basics = await seedStoreBasics(container)
      admin = await adminHeaders(container)
      acme = (await api.post("/admin/companies", { name: "Acme Many Orders", currency_code: "eur" }, admin)).data.company
      buyer = await registerCustomer(api, basics.publishableKey, { email: "buyer@many-orders.test" })
      await api.post(`/admin/companies/${acme.id}/employees`, { customer_id: buyer.customer.id, role: "viewer" }, admin)

      const orders = container.resolve(Modules.ORDER)
      const link = container.resolve(ContainerRegistrationKeys.LINK)
      for (let start = 0; start < ORDERS; start += 250) {
        const created = await orders.createOrders(
          Array.from({ length: Math.min(250, ORDERS - start) }, (_, i) => ({
            currency_code: "eur",
            email: `order-${start + i}@many-orders.test`,
            region_id: basics.region.id,
          }))
        )
        orderIds.push(...created.map((order) => order.id))
        await link.create(created.map((order) => ({ [COMPANY_MODULE]: { company_id: acme.id }, [Modules.ORDER]: { order_id: order.id } })))
      }

      // Data made in a nested beforeAll is undone by the runner's restore before each test: the sheet is made here.
      await createCatalogProducts(getContainer(), basics, [
        {
          title: "Bulk nail",
          handle: "bulk-nail",
          variants: Array.from({ length: VARIANTS }, (_, i) => ({ title: `Size ${i + 1}`, sku: `BULK-${i + 1}`, price: 2, stock: 10 })),
        },
        { title: "Odd 100% item", handle: "odd-item", variants: [{ title: "Only", sku: "ODD_1", price: 3, stock: 10 }] },
      ])
      const rows = Array.from({ length: VARIANTS }, (_, i) => `BULK-${i + 1},eur,1.50,,`)
      const csv = "sku,currency_code,amount,min_quantity,max_quantity\n" + [...rows, "ODD_1,eur,2.50,,"].join("\n")
      const { data } = await api.post(`/admin/companies/${acme.id}/prices/import`, { csv }, admin)
      expect(data).toMatchObject({ created: VARIANTS + 1, failed: [] })
    })

    describe("a company with more than a thousand orders", () => {
      it("pages its orders in the database: right counts, every order once, the last page short", async () => {
        const seen = new Set<string>()
        for (let offset = 0; offset < ORDERS; offset += 100) {
          const { data } = await api.get(`/admin/companies/${acme.id}/orders?limit=100&offset=${offset}`, admin)
          expect(data).toMatchObject({ count: ORDERS, offset, limit: 100 })
          expect(data.orders).toHaveLength(Math.min(100, ORDERS - offset))
          data.orders.forEach((order: { id: string }) => seen.add(order.id))
        }
        expect([...seen].sort()).toEqual([...orderIds].sort())

        const last = await api.get("/store/companies/me/orders?limit=20&offset=1200", buyer.headers)
        expect(last.data).toMatchObject({ count: ORDERS, offset: 1200, limit: 20 })
        expect(last.data.orders).toHaveLength(5)
      })

      it("reads no more than a page of ids or orders per request", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const graph = jest.spyOn(query, "graph")
        try {
          const { data } = await api.get(`/admin/companies/${acme.id}/orders?limit=10&offset=600`, admin)
          expect(data.orders).toHaveLength(10)
          type Call = { entity: string; fields: string[]; filters?: { id?: unknown }; pagination?: { take?: number } }
          const calls = graph.mock.calls.map(([config]) => config as Call)
          for (const call of calls) {
            // The company itself is read by id for the 404, without its orders.
            if (call.entity === "company") {
              expect(call.fields.filter((field) => field.startsWith("orders"))).toEqual([])
              continue
            }
            const ids = call.filters?.id
            const bounded = (call.pagination?.take ?? Infinity) <= 10 || (Array.isArray(ids) && ids.length <= 10)
            expect({ entity: call.entity, bounded }).toEqual({ entity: call.entity, bounded: true })
          }
          // The page's orders themselves are read by Medusa's order list workflow (it computes payment and fulfilment
          // statuses), filtered by the page's ids; every read seen here is bounded by the page.
        } finally {
          graph.mockRestore()
        }
      })
    })

    describe("a price search over a large price sheet", () => {
      it("pages the matches in the database: right count, the page asked for, in the sheet's order", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const graph = jest.spyOn(query, "graph")
        try {
          const { data } = await api.get(`/admin/companies/${acme.id}/prices?q=bulk&limit=10&offset=110`, admin)
          expect(data).toMatchObject({ count: VARIANTS, offset: 110, limit: 10 })
          expect(data.prices).toHaveLength(10)
          type Call = { entity: string; filters?: { id?: unknown; price_set_id?: unknown }; pagination?: { take?: number } }
          for (const { entity, filters, pagination } of graph.mock.calls.map(([config]) => config as Call)) {
            if (entity === "company") {
              continue
            }
            // No read of every matching variant or price: each is a page, or the page's own ids.
            // The list prices shown beside the page's rows are read by the page's price sets.
            const bounded =
              (pagination?.take ?? Infinity) <= 10 ||
              (Array.isArray(filters?.id) && filters.id.length <= 10) ||
              (Array.isArray(filters?.price_set_id) && filters.price_set_id.length <= 10)
            expect({ entity, bounded }).toEqual({ entity, bounded: true })
          }
        } finally {
          graph.mockRestore()
        }

        const seen = new Set<string>()
        for (let offset = 0; offset < VARIANTS; offset += 50) {
          const { data } = await api.get(`/admin/companies/${acme.id}/prices?q=BULK-&limit=50&offset=${offset}`, admin)
          expect(data.count).toBe(VARIANTS)
          data.prices.forEach((row: { sku: string }) => seen.add(row.sku))
        }
        expect(seen.size).toBe(VARIANTS)

        const one = await api.get(`/admin/companies/${acme.id}/prices?q=size%20117`, admin)
        expect(one.data.prices.map((row: { sku: string }) => row.sku)).toEqual(["BULK-117"])
      })

      it("takes % and _ in the search literally", async () => {
        const percent = await api.get(`/admin/companies/${acme.id}/prices?q=${encodeURIComponent("100%")}`, admin)
        expect(percent.data.prices.map((row: { sku: string }) => row.sku)).toEqual(["ODD_1"])
        const underscore = await api.get(`/admin/companies/${acme.id}/prices?q=${encodeURIComponent("D_1")}`, admin)
        expect(underscore.data.prices.map((row: { sku: string }) => row.sku)).toEqual(["ODD_1"])
        expect((await api.get(`/admin/companies/${acme.id}/prices?q=${encodeURIComponent("%")}`, admin)).data.count).toBe(1)
      })
    })

    describe("quantity rules name their company through a read-only link", () => {
      it("answers a company override with the company's name, no list of companies needed", async () => {
        const [product] = await createCatalogProducts(getContainer(), basics, [
          { title: "Lot item", handle: "lot-item", variants: [{ title: "One", sku: "LOT-1", price: 1, stock: 10 }] },
        ])
        const { data } = await api.post(
          "/admin/quantity-rules",
          { variant_id: product.variants[0].id, company_id: acme.id, min_quantity: 5 },
          admin
        )
        const listed = await api.get(`/admin/quantity-rules?variant_id=${product.variants[0].id}&fields=%2Bcompany.name`, admin)
        expect(listed.data.quantity_rules).toEqual([
          expect.objectContaining({ id: data.quantity_rule.id, company: expect.objectContaining({ name: "Acme Many Orders" }) }),
        ])
      })
    })
  },
})
