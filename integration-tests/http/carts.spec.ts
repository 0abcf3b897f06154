import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCatalogProducts, seedStoreBasics, type StoreBasics } from "../../seed/store"
import { adminHeaders, registerCustomer, storeHeaders, type RegisteredCustomer, type RequestConfig } from "../helpers/auth"
import { addLine, cartReadyToComplete, createCart, TEST_SHIPPING_ADDRESS } from "../helpers/carts"
import { completeCart, prepareCartForCompletion, SYSTEM_PAYMENT_PROVIDER } from "../helpers/checkout"
import { failure } from "../helpers/requests"

const LIST_PRICE = 12.5
const ACME_PRICE = 10
const GLOBEX_PRICE = 11

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let basics: StoreBasics
    let store: { regionId: string; shippingOptionId: string }
    let admin: RequestConfig
    let anonymous: RequestConfig
    let bolt: string // priced per company
    let cable: string // sold in lots of 10
    const company: Record<"acme" | "globex" | "initech", string> = { acme: "", globex: "", initech: "" }
    let alice: RegisteredCustomer // admin of Acme
    let bob: RegisteredCustomer // buyer of Acme
    let vera: RegisteredCustomer // viewer of Acme
    let carl: RegisteredCustomer // admin of Globex
    let nora: RegisteredCustomer // no company

    const register = (email: string) => registerCustomer(api, basics.publishableKey, { email })
    const hire = async (companyId: string, customer: RegisteredCustomer, role: "admin" | "buyer" | "viewer") =>
      (await api.post(`/admin/companies/${companyId}/employees`, { customer_id: customer.customer.id, role }, admin)).data
        .employee.id as string
    const fire = (companyId: string, employeeId: string) =>
      api.delete(`/admin/companies/${companyId}/employees/${employeeId}`, admin)
    const ordersOf = async (companyId: string) =>
      ((await api.get(`/admin/companies/${companyId}/orders`, admin)).data.orders as { id: string }[]).map((o) => o.id)
    const companyOfOrder = async (orderId: string) => {
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order",
        fields: ["id", "company.id"],
        filters: { id: orderId },
      })
      return ((data[0] as { company?: { id: string } | null } | undefined)?.company?.id ?? null) as string | null
    }
    const cartOf = async (owner: RegisteredCustomer, cartId: string) =>
      (await api.get(`/store/carts/${cartId}?fields=id,completed_at,*items,payment_collection.id`, owner.headers)).data.cart
    const boltPrice = async (owner: RegisteredCustomer, cartId: string) =>
      (await cartOf(owner, cartId)).items.find((item: { variant_id: string }) => item.variant_id === bolt).unit_price

    beforeAll(async () => {
      container = getContainer()
      basics = await seedStoreBasics(container)
      store = { regionId: basics.region.id, shippingOptionId: basics.shippingOption.id }
      anonymous = storeHeaders(basics.publishableKey)
      const products = await createCatalogProducts(container, basics, [
        { title: "Hex bolt M8", handle: "hex-bolt-m8", variants: [{ title: "Box of 100", sku: "BOLT-M8", price: LIST_PRICE, stock: 100000 }] },
        { title: "Cable NYM", handle: "cable-nym", variants: [{ title: "1.5", sku: "CAB-15", price: 1, stock: 100000 }] },
      ])
      bolt = products[0].variants[0].id
      cable = products[1].variants[0].id
      admin = await adminHeaders(container)
      alice = await register("alice@acme.test")
      bob = await register("bob@acme.test")
      vera = await register("vera@acme.test")
      carl = await register("carl@globex.test")
      nora = await register("nora@retail.test")
      for (const [key, name] of [["acme", "Acme Construction"], ["globex", "Globex Supplies"], ["initech", "Initech"]] as const) {
        company[key] = (await api.post("/admin/companies", { name, currency_code: "eur" }, admin)).data.company.id
      }
      await hire(company.acme, alice, "admin")
      await hire(company.acme, bob, "buyer")
      await hire(company.acme, vera, "viewer")
      await hire(company.globex, carl, "admin")
      await api.post(`/admin/companies/${company.acme}/prices/batch`, { create: [{ sku: "BOLT-M8", currency_code: "eur", amount: ACME_PRICE }] }, admin)
      await api.post(`/admin/companies/${company.globex}/prices/batch`, { create: [{ sku: "BOLT-M8", currency_code: "eur", amount: GLOBEX_PRICE }] }, admin)
      await api.post("/admin/quantity-rules", { variant_id: cable, min_quantity: 10, increment: 10 }, admin)
    })

    describe("a company cart belongs to its customer alone", () => {
      it("answers 404 to a colleague of any role, another company, a customer of no company and an anonymous caller, on every cart route", async () => {
        const cartId = await cartReadyToComplete(api, bob.headers, store, [[bolt, 2]])
        const cart = await cartOf(bob, cartId)
        const itemId = cart.items[0].id
        const collectionId = cart.payment_collection.id
        const routes: [string, (headers: RequestConfig) => Promise<unknown>][] = [
          ["read", (h) => api.get(`/store/carts/${cartId}`, h)],
          ["update", (h) => api.post(`/store/carts/${cartId}`, { shipping_address: TEST_SHIPPING_ADDRESS }, h)],
          ["add a line", (h) => api.post(`/store/carts/${cartId}/line-items`, { variant_id: bolt, quantity: 1 }, h)],
          ["change a line", (h) => api.post(`/store/carts/${cartId}/line-items/${itemId}`, { quantity: 5 }, h)],
          ["remove a line", (h) => api.delete(`/store/carts/${cartId}/line-items/${itemId}`, h)],
          ["add a promotion", (h) => api.post(`/store/carts/${cartId}/promotions`, { promo_codes: ["NONE"] }, h)],
          ["remove a promotion", (h) => api.delete(`/store/carts/${cartId}/promotions`, { ...h, data: { promo_codes: ["NONE"] } } as RequestConfig)],
          ["add a shipping method", (h) => api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: store.shippingOptionId }, h)],
          ["compute taxes", (h) => api.post(`/store/carts/${cartId}/taxes`, {}, h)],
          ["take the cart over", (h) => api.post(`/store/carts/${cartId}/customer`, {}, h)],
          ["preview the checks", (h) => api.get(`/store/carts/${cartId}/b2b-check`, h)],
          ["create its payment collection", (h) => api.post("/store/payment-collections", { cart_id: cartId }, h)],
          ["open a payment session", (h) => api.post(`/store/payment-collections/${collectionId}/payment-sessions`, { provider_id: SYSTEM_PAYMENT_PROVIDER }, h)],
          ["complete", (h) => completeCart(api, h, cartId)],
        ]
        const callers: [string, RequestConfig][] = [
          ["viewer colleague", vera.headers],
          ["admin colleague", alice.headers],
          ["other company", carl.headers],
          ["no company", nora.headers],
          ["anonymous", anonymous],
        ]
        const answers: string[] = []
        for (const [who, headers] of callers) {
          for (const [what, request] of routes) {
            const { status } = await failure(request(headers))
            answers.push(`${who} / ${what}: ${status}`)
          }
        }
        expect(answers).toEqual(callers.flatMap(([who]) => routes.map(([what]) => `${who} / ${what}: 404`)))

        // nothing was changed, nothing completed
        const after = await cartOf(bob, cartId)
        expect(after.completed_at).toBeNull()
        expect(after.items.map((item: { id: string; quantity: number }) => [item.id, item.quantity])).toEqual([[itemId, 2]])

        // its customer goes on as usual
        await api.post(`/store/carts/${cartId}/line-items/${itemId}`, { quantity: 3 }, bob.headers)
        // a changed total needs a new payment session, as in any Medusa checkout
        await prepareCartForCompletion(api, bob.headers, cartId, store.shippingOptionId)
        const placed = await completeCart(api, bob.headers, cartId)
        expect(placed.data.type).toBe("order")
        expect(placed.data.order.items[0].quantity).toBe(3)
      })

      it("a viewer who knows a colleague's cart id cannot complete it", async () => {
        const cartId = await cartReadyToComplete(api, bob.headers, store, [[bolt, 1]])
        const before = await ordersOf(company.acme)
        expect((await failure(completeCart(api, vera.headers, cartId))).status).toBe(404)
        expect((await cartOf(bob, cartId)).completed_at).toBeNull()
        expect(await ordersOf(company.acme)).toEqual(before)
      })

      it("refuses an anonymous cart given a company customer's e-mail, and lets anyone else use their own", async () => {
        const created = await failure(api.post("/store/carts", { region_id: store.regionId, email: bob.customer.email }, anonymous))
        expect(created).toMatchObject({ status: 403, message: expect.stringMatching(/company account/) })
        const upper = await failure(api.post("/store/carts", { region_id: store.regionId, email: "BOB@acme.test" }, anonymous))
        expect(upper.status).toBe(403)

        const guestCart = await createCart(api, anonymous, store.regionId)
        const updated = await failure(api.post(`/store/carts/${guestCart}`, { email: bob.customer.email }, anonymous))
        expect(updated.status).toBe(403)
        // a colleague cannot hand a guest cart to Bob either
        expect((await failure(api.post(`/store/carts/${guestCart}`, { email: bob.customer.email }, alice.headers))).status).toBe(403)
        const { data: guest } = await api.get(`/store/carts/${guestCart}`, anonymous)
        expect(guest.cart.customer_id).toBeNull()

        // a retail customer's e-mail and Bob's own cart are Medusa's usual business
        const retail = await api.post("/store/carts", { region_id: store.regionId, email: nora.customer.email }, anonymous)
        expect(retail.status).toBe(200)
        const own = await api.post("/store/carts", { region_id: store.regionId, email: bob.customer.email }, bob.headers)
        expect(own.data.cart.customer_id).toBe(bob.customer.id)
      })

      it("a guest's cart taken over by an employee becomes their company cart and its order the company's", async () => {
        const cartId = await createCart(api, anonymous, store.regionId)
        await addLine(api, anonymous, cartId, bolt, 1)
        await api.post(`/store/carts/${cartId}/customer`, {}, bob.headers)
        expect((await failure(api.get(`/store/carts/${cartId}`, anonymous))).status).toBe(404)
        await api.post(`/store/carts/${cartId}`, { shipping_address: TEST_SHIPPING_ADDRESS }, bob.headers)
        await prepareCartForCompletion(api, bob.headers, cartId, store.shippingOptionId)
        const placed = await completeCart(api, bob.headers, cartId)
        expect(await ordersOf(company.acme)).toContain(placed.data.order.id)
      })
    })

    describe("items given when a cart is created are judged at once", () => {
      it("answers 400 for a quantity outside the lot and 403 for a viewer, creating no cart", async () => {
        const countCarts = async () => (await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["id"] })).data.length
        const before = await countCarts()
        const lot = await failure(api.post("/store/carts", { region_id: store.regionId, items: [{ variant_id: cable, quantity: 3 }] }, bob.headers))
        expect(lot.status).toBe(400)
        expect(lot.message).toMatch(/10/)
        const viewer = await failure(api.post("/store/carts", { region_id: store.regionId, items: [{ variant_id: bolt, quantity: 1 }] }, vera.headers))
        expect(viewer).toMatchObject({ status: 403, message: expect.stringMatching(/viewer/) })
        expect(await countCarts()).toBe(before)

        const { data } = await api.post("/store/carts", { region_id: store.regionId, items: [{ variant_id: cable, quantity: 20 }] }, bob.headers)
        expect(data.cart.items.map((item: { quantity: number }) => item.quantity)).toEqual([20])
        // a viewer may still open an empty cart
        expect((await api.post("/store/carts", { region_id: store.regionId }, vera.headers)).status).toBe(200)
      })
    })

    describe("membership changes reach open carts", () => {
      it("a removed employee's open cart goes back to the list price and is judged as a non-employee's at checkout", async () => {
        await api.post(`/admin/companies/${company.initech}`, { min_order_amount: 1000 }, admin)
        await api.post(`/admin/companies/${company.initech}/prices/batch`, { create: [{ sku: "BOLT-M8", currency_code: "eur", amount: 9 }] }, admin)
        const eve = await register("eve@initech.test")
        const employeeId = await hire(company.initech, eve, "buyer")
        const cartId = await cartReadyToComplete(api, eve.headers, store, [[bolt, 2]])
        expect(await boltPrice(eve, cartId)).toBe(9)
        const check = (await api.get(`/store/carts/${cartId}/b2b-check`, eve.headers)).data
        expect(check.violations.map((v: { code: string }) => v.code)).toEqual(["below_min_order_amount"])

        await fire(company.initech, employeeId)

        expect(await boltPrice(eve, cartId)).toBe(LIST_PRICE)
        expect((await api.get(`/store/carts/${cartId}/b2b-check`, eve.headers)).data).toEqual({ valid: true, violations: [] })
        await prepareCartForCompletion(api, eve.headers, cartId, store.shippingOptionId)
        const placed = await completeCart(api, eve.headers, cartId)
        expect(placed.data.type).toBe("order")
        expect(placed.data.order.items[0].unit_price).toBe(LIST_PRICE)
        expect(await companyOfOrder(placed.data.order.id)).toBeNull()
        expect(await ordersOf(company.initech)).not.toContain(placed.data.order.id)
      })

      it("an employee moving to another company with an open cart orders for the new company, at its prices", async () => {
        const frank = await register("frank@acme.test")
        const employeeId = await hire(company.acme, frank, "buyer")
        const cartId = await cartReadyToComplete(api, frank.headers, store, [[bolt, 2]])
        expect(await boltPrice(frank, cartId)).toBe(ACME_PRICE)

        await fire(company.acme, employeeId)
        await hire(company.globex, frank, "buyer")
        const repriced = await boltPrice(frank, cartId)

        await prepareCartForCompletion(api, frank.headers, cartId, store.shippingOptionId)
        const placed = await completeCart(api, frank.headers, cartId)
        expect(placed.data.type).toBe("order")
        const orderId = placed.data.order.id
        // bound inside checkout: the link is there as soon as completion answers
        expect(await companyOfOrder(orderId)).toBe(company.globex)
        expect(await ordersOf(company.globex)).toContain(orderId)
        expect(await ordersOf(company.acme)).not.toContain(orderId)
        const { data } = await api.get("/store/companies/me/orders", frank.headers)
        expect(data.orders.map((o: { id: string }) => o.id)).toEqual([orderId])
        // and the open cart was re-priced for the new company before checkout
        expect(repriced).toBe(GLOBEX_PRICE)
        expect(placed.data.order.items[0].unit_price).toBe(GLOBEX_PRICE)
      })

      it("a company put on hold: its employees' open carts are refused at checkout; back to active, they order", async () => {
        const cartId = await cartReadyToComplete(api, bob.headers, store, [[bolt, 1]])
        await api.post(`/admin/companies/${company.acme}`, { status: "on_hold" }, admin)
        try {
          const refused = await failure(completeCart(api, bob.headers, cartId))
          expect(refused).toMatchObject({ status: 403, message: expect.stringMatching(/on hold/) })
        } finally {
          await api.post(`/admin/companies/${company.acme}`, { status: "active" }, admin)
        }
        expect(await boltPrice(bob, cartId)).toBe(ACME_PRICE)
        const placed = await completeCart(api, bob.headers, cartId)
        expect(await companyOfOrder(placed.data.order.id)).toBe(company.acme)
      })

      it("a deleted company's employees keep their open carts, at list price", async () => {
        const { data } = await api.post("/admin/companies", { name: "Short-lived", currency_code: "eur" }, admin)
        await api.post(`/admin/companies/${data.company.id}/prices/batch`, { create: [{ sku: "BOLT-M8", currency_code: "eur", amount: 8 }] }, admin)
        const gus = await register("gus@shortlived.test")
        await hire(data.company.id, gus, "buyer")
        const cartId = await cartReadyToComplete(api, gus.headers, store, [[bolt, 1]])
        expect(await boltPrice(gus, cartId)).toBe(8)
        await api.delete(`/admin/companies/${data.company.id}`, admin)
        expect(await boltPrice(gus, cartId)).toBe(LIST_PRICE)
        // no longer a company cart: Medusa's usual rules
        expect((await api.get(`/store/carts/${cartId}`, anonymous)).status).toBe(200)
      })
    })
  },
})
