import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCatalogProducts, seedStoreBasics, type StoreBasics } from "../../seed/store"
import { adminHeaders, registerCustomer } from "../helpers/auth"
import { cartReadyToComplete } from "../helpers/carts"
import { completeCart } from "../helpers/checkout"
import { failure } from "../helpers/requests"
import { COMPANY_MODULE } from "../../src/modules/company"

const PERIOD = "from=2026-01-01&to=2027-01-01"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let basics: StoreBasics
    let admin: { headers: Record<string, string> }
    const companies: Record<string, { id: string; name: string }> = {}
    let checkoutTotal: number

    /** An order of `amount` for the company, placed on the given day, written through Medusa's order module. */
    const orderFor = async (companyId: string, amount: number, placedOn: string, currency = "eur") => {
      const container = getContainer()
      const [order] = await container.resolve(Modules.ORDER).createOrders([
        {
          currency_code: currency,
          email: "orders@example.test",
          region_id: basics.region.id,
          items: [{ title: "Cement 25 kg", quantity: 1, unit_price: amount }],
        },
      ])
      await container.resolve(ContainerRegistrationKeys.LINK).create({
        [COMPANY_MODULE]: { company_id: companyId },
        [Modules.ORDER]: { order_id: order.id },
      })
      await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(`UPDATE "order" SET created_at = ? WHERE id = ?`, [
        new Date(placedOn),
        order.id,
      ])
      return order.id
    }

    beforeAll(async () => {
      const container = getContainer()
      basics = await seedStoreBasics(container)
      const [product] = await createCatalogProducts(container, basics, [
        { title: "Hex bolt M8", handle: "hex-bolt-m8", variants: [{ title: "Box of 100", sku: "BOLT-M8-100", price: 100, stock: 1000 }] },
      ])
      admin = await adminHeaders(container)
      for (const name of ["Alpha Bau", "Beta Handel", "Gamma GmbH", "Delta Werke", "Epsilon AG", "Zeta Idle"]) {
        companies[name] = (await api.post("/admin/companies", { name }, admin)).data.company
      }

      // A real checkout: the order is bound to Alpha through the company link inside checkout.
      const buyer = await registerCustomer(api, basics.publishableKey, { email: "buyer@alpha.test" })
      await api.post(`/admin/companies/${companies["Alpha Bau"].id}/employees`, { email: "buyer@alpha.test", role: "buyer" }, admin)
      const cartId = await cartReadyToComplete(api, buyer.headers, { regionId: basics.region.id, shippingOptionId: basics.shippingOption.id }, [
        [product.variants[0].id, 3],
      ])
      const placed = (await completeCart(api, buyer.headers, cartId)).data
      expect(placed.type).toBe("order")
      checkoutTotal = Number(placed.order.total)
      await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(`UPDATE "order" SET created_at = ? WHERE id = ?`, [
        new Date("2026-06-01T10:00:00Z"),
        placed.order.id,
      ])

      // Revenue in 2026 (EUR): Alpha 300 + checkout, Beta 250, Gamma 100, Delta 60.5, Epsilon 20.25, Zeta nothing.
      await orderFor(companies["Alpha Bau"].id, 300, "2026-03-01T08:00:00Z")
      await orderFor(companies["Beta Handel"].id, 100, "2026-02-01T08:00:00Z")
      await orderFor(companies["Beta Handel"].id, 150, "2026-09-15T08:00:00Z")
      await orderFor(companies["Gamma GmbH"].id, 100, "2026-04-01T08:00:00Z")
      await orderFor(companies["Delta Werke"].id, 60.5, "2026-05-01T08:00:00Z")
      await orderFor(companies["Epsilon AG"].id, 20.25, "2026-07-01T08:00:00Z")
      // Not counted: a canceled order, an order in another currency, an order outside the period.
      const canceled = await orderFor(companies["Epsilon AG"].id, 5000, "2026-07-02T08:00:00Z")
      await container.resolve(Modules.ORDER).cancel(canceled)
      await orderFor(companies["Gamma GmbH"].id, 9000, "2026-07-03T08:00:00Z", "usd")
      await orderFor(companies["Delta Werke"].id, 7000, "2025-12-31T23:59:59Z")
    })

    describe("GET /admin/key-clients", () => {
      it("ranks companies by revenue over the period, with cumulative share, ABC class, orders and last order", async () => {
        const { data } = await api.get(`/admin/key-clients?${PERIOD}&currency_code=eur`, admin)
        const alpha = 300 + checkoutTotal
        const total = alpha + 250 + 100 + 60.5 + 20.25
        expect(data).toMatchObject({ count: 6, currency_code: "eur", total_orders: 7, limit: 50, offset: 0 })
        expect(data.total_revenue).toBeCloseTo(total, 6)
        expect(data.key_clients.map((row: any) => [row.company.name, row.rank, row.order_count])).toEqual([
          ["Alpha Bau", 1, 2],
          ["Beta Handel", 2, 2],
          ["Gamma GmbH", 3, 1],
          ["Delta Werke", 4, 1],
          ["Epsilon AG", 5, 1],
          ["Zeta Idle", 6, 0],
        ])
        const [first, beta, gamma, delta, epsilon, zeta] = data.key_clients
        expect(first.revenue).toBeCloseTo(alpha, 6)
        expect(first.average_order).toBeCloseTo(alpha / 2, 4)
        expect(first.last_order_at).toBe("2026-06-01T10:00:00.000Z")
        expect(beta).toMatchObject({ revenue: 250, average_order: 125, last_order_at: "2026-09-15T08:00:00.000Z" })
        expect(beta.cumulative_share).toBeCloseTo((alpha + 250) / total, 6)
        expect(gamma.revenue_share).toBeCloseTo(100 / total, 6)
        expect(epsilon.revenue).toBe(20.25)
        expect(zeta).toMatchObject({ revenue: 0, order_count: 0, average_order: null, last_order_at: null, abc_class: "C" })
        expect(epsilon.cumulative_share).toBeCloseTo(1, 9)
        // The classes follow the rule: A while the companies before make < 80 %, B while < 95 %, then C.
        const before = [0, alpha, alpha + 250, alpha + 350, alpha + 410.5]
        const expected = before.map((b) => (b < 0.8 * total ? "A" : b < 0.95 * total ? "B" : "C"))
        expect([first, beta, gamma, delta, epsilon].map((row: any) => row.abc_class)).toEqual(expected)
        expect(new Set(expected)).toEqual(new Set(["A", "B", "C"]))
      })

      it("pages in the database, keeping ranks and shares of the whole ranking", async () => {
        const all = (await api.get(`/admin/key-clients?${PERIOD}&currency_code=eur`, admin)).data.key_clients
        const { data } = await api.get(`/admin/key-clients?${PERIOD}&currency_code=eur&limit=2&offset=2`, admin)
        expect(data).toMatchObject({ count: 6, limit: 2, offset: 2 })
        expect(data.key_clients).toEqual(all.slice(2, 4))
        const beyond = (await api.get(`/admin/key-clients?${PERIOD}&currency_code=eur&limit=2&offset=10`, admin)).data
        expect(beyond).toMatchObject({ count: 6, key_clients: [] })
      })

      it("takes one currency at a time, the store's default when none is named", async () => {
        const usd = (await api.get(`/admin/key-clients?${PERIOD}&currency_code=usd`, admin)).data
        expect(usd.key_clients[0]).toMatchObject({ company: { name: "Gamma GmbH" }, revenue: 9000, abc_class: "A" })
        expect(usd.total_revenue).toBe(9000)
        const byDefault = (await api.get(`/admin/key-clients?${PERIOD}`, admin)).data
        expect(byDefault.currency_code).toBe("eur")
        expect(byDefault.key_clients[0].company.name).toBe("Alpha Bau")
      })

      it("counts the period from `from` (inclusive) to `to` (exclusive)", async () => {
        const { data } = await api.get(`/admin/key-clients?from=2025-12-01&to=2026-01-01&currency_code=eur`, admin)
        expect(data.key_clients[0]).toMatchObject({ company: { name: "Delta Werke" }, revenue: 7000, order_count: 1 })
        expect(data.total_revenue).toBe(7000)
      })

      it("answers 400 naming the problem for bad periods, currencies and pages", async () => {
        for (const [query, message] of [
          ["from=2026-02-01&to=2026-01-01", "from must be before to"],
          ["from=yesterday", "from must be a date"],
          ["from=2000-01-01&to=2026-01-01", "at most ten years"],
          ["currency_code=xyz", "currency_code must be a three-letter"],
          ["limit=0", "limit must be a whole number"],
          ["offset=-1", "offset must be a whole number"],
        ]) {
          const res = await failure(api.get(`/admin/key-clients?${query}`, admin))
          expect([query, res.status]).toEqual([query, 400])
          expect(res.message).toContain(message)
        }
      })
    })

    describe("GET /admin/companies/:id/key-figures", () => {
      it("gives one company's figures with its rank among all companies", async () => {
        const { data } = await api.get(`/admin/companies/${companies["Gamma GmbH"].id}/key-figures?${PERIOD}&currency_code=eur`, admin)
        const all = (await api.get(`/admin/key-clients?${PERIOD}&currency_code=eur`, admin)).data
        expect(data.key_figures).toEqual(all.key_clients[2])
        expect(data).toMatchObject({ count: 6, currency_code: "eur" })
        const idle = (await api.get(`/admin/companies/${companies["Zeta Idle"].id}/key-figures?${PERIOD}`, admin)).data
        expect(idle.key_figures).toMatchObject({ rank: 6, revenue: 0, order_count: 0, abc_class: "C" })
      })

      it("answers 404 for a missing company", async () => {
        const res = await failure(api.get(`/admin/companies/comp_missing/key-figures`, admin))
        expect(res.status).toBe(404)
      })
    })
  },
})
