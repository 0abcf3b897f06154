import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { registerCartCheck } from "../../src/workflows"
import { createCatalogProducts, seedStoreBasics, type StoreBasics } from "../../seed/store"
import { adminHeaders, registerCustomer, storeHeaders, type RegisteredCustomer, type RequestConfig } from "../helpers/auth"
import { addLine, cartReadyToComplete, createCart, setLineQuantity } from "../helpers/carts"
import { completeCart } from "../helpers/checkout"
import { eventually, failure } from "../helpers/requests"

const CATALOG = [
  {
    title: "Bolt M8",
    handle: "bolt-m8",
    options: [{ title: "Pack", values: ["100", "500"] }],
    variants: [
      { title: "Box of 100", sku: "BOLT-M8-100", price: 12.5, stock: 100000, options: { Pack: "100" } },
      { title: "Box of 500", sku: "BOLT-M8-500", price: 50, stock: 100000, options: { Pack: "500" } },
    ],
  },
  {
    title: "Cable NYM",
    handle: "cable-nym",
    options: [{ title: "Section", values: ["1.5", "2.5"] }],
    variants: [
      { title: "1.5", sku: "CAB-15", price: 0.8, stock: 100000, options: { Section: "1.5" } },
      { title: "2.5", sku: "CAB-25", price: 1.1, stock: 100000, options: { Section: "2.5" } },
    ],
  },
  { title: "Washer M8", handle: "washer-m8", variants: [{ title: "Single", sku: "WASH-M8", price: 1, stock: 100000 }] },
]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let basics: StoreBasics
    let admin: RequestConfig
    let anonymous: RequestConfig
    let store: { regionId: string; shippingOptionId: string }
    const v: Record<string, string> = {} // variant id by SKU
    const p: Record<string, string> = {} // product id by handle
    const company: Record<"acme" | "globex", string> = { acme: "", globex: "" }
    const employee: Record<"acme" | "globex", string> = { acme: "", globex: "" }
    let acmeBuyer: RegisteredCustomer
    let globexBuyer: RegisteredCustomer
    let retailBuyer: RegisteredCustomer

    const createRule = async (body: Record<string, unknown>) =>
      (await api.post("/admin/quantity-rules", body, admin)).data.quantity_rule
    const itemOf = async (headers: RequestConfig, cartId: string, variantId: string) => {
      const { data } = await api.get(`/store/carts/${cartId}`, headers)
      return data.cart.items.find((item: any) => item.variant_id === variantId)
    }

    beforeAll(async () => {
      container = getContainer()
      basics = await seedStoreBasics(container)
      store = { regionId: basics.region.id, shippingOptionId: basics.shippingOption.id }
      anonymous = storeHeaders(basics.publishableKey)
      for (const product of await createCatalogProducts(container, basics, CATALOG)) {
        p[product.handle] = product.id
        product.variants.forEach((variant) => (v[variant.sku] = variant.id))
      }
      admin = await adminHeaders(container)
      acmeBuyer = await registerCustomer(api, basics.publishableKey, { email: "buyer@acme.test" })
      globexBuyer = await registerCustomer(api, basics.publishableKey, { email: "buyer@globex.test" })
      retailBuyer = await registerCustomer(api, basics.publishableKey, { email: "someone@retail.test" })
      for (const [key, buyer] of [["acme", acmeBuyer], ["globex", globexBuyer]] as const) {
        const { data } = await api.post("/admin/companies", { name: `${key} Supplies`, currency_code: "eur" }, admin)
        company[key] = data.company.id
        const hired = await api.post(`/admin/companies/${data.company.id}/employees`, { customer_id: buyer.customer.id, role: "buyer" }, admin)
        employee[key] = hired.data.employee.id
      }
    })

    describe("admin", () => {
      it("creates, lists with filters and pagination, updates and deletes rules", async () => {
        const variantRule = await createRule({ variant_id: v["BOLT-M8-100"], min_quantity: 10, increment: 5, unit: "boxes" })
        expect(variantRule).toMatchObject({
          id: expect.stringMatching(/^qrule_/),
          variant_id: v["BOLT-M8-100"],
          product_id: null,
          company_id: null,
          min_quantity: 10,
          increment: 5,
          max_quantity: null,
          unit: "boxes",
        })
        const productRule = await createRule({ product_id: p["cable-nym"], min_quantity: 100, increment: 50 })
        const override = await createRule({ variant_id: v["BOLT-M8-100"], company_id: company.acme, min_quantity: 2, increment: 2 })
        expect(productRule).toMatchObject({ min_quantity: 100, increment: 50, max_quantity: null })

        const ids = async (query: string) => (await api.get(`/admin/quantity-rules?${query}`, admin)).data
        expect((await ids("")).count).toBe(3)
        expect((await ids(`variant_id=${v["BOLT-M8-100"]}`)).quantity_rules.map((r: any) => r.id).sort()).toEqual(
          [variantRule.id, override.id].sort()
        )
        expect((await ids(`product_id=${p["cable-nym"]}`)).quantity_rules.map((r: any) => r.id)).toEqual([productRule.id])
        expect((await ids(`company_id=${company.acme}`)).quantity_rules.map((r: any) => r.id)).toEqual([override.id])
        const page = await ids("limit=2&offset=2")
        expect(page).toMatchObject({ count: 3, offset: 2, limit: 2 })
        expect(page.quantity_rules).toHaveLength(1)

        const { data: updated } = await api.post(`/admin/quantity-rules/${variantRule.id}`, { max_quantity: 100, unit: null }, admin)
        expect(updated.quantity_rule).toMatchObject({ id: variantRule.id, min_quantity: 10, increment: 5, max_quantity: 100, unit: null })
        expect((await api.get(`/admin/quantity-rules/${variantRule.id}`, admin)).data.quantity_rule.max_quantity).toBe(100)

        const { data: deleted } = await api.delete(`/admin/quantity-rules/${override.id}`, admin)
        expect(deleted).toEqual({ id: override.id, object: "quantity_rule", deleted: true })
        expect((await failure(api.get(`/admin/quantity-rules/${override.id}`, admin))).status).toBe(404)
        expect((await ids("")).count).toBe(2)
      })

      it("lists rules with their variant and product, and drops the rules of a deleted company, product or variant", async () => {
        const variantRule = await createRule({ variant_id: v["BOLT-M8-500"], min_quantity: 2, increment: 2 })
        const productRule = await createRule({ product_id: p["cable-nym"], min_quantity: 100, increment: 50 })
        const cableOverride = await createRule({ variant_id: v["CAB-25"], company_id: company.globex, min_quantity: 10 })
        const acmeOverride = await createRule({ product_id: p["washer-m8"], company_id: company.acme, min_quantity: 3 })

        const listed = await api.get("/admin/quantity-rules?fields=+variant.sku,+variant.title,+product.title&order=created_at", admin)
        const byId = Object.fromEntries(listed.data.quantity_rules.map((r: any) => [r.id, r]))
        expect(byId[variantRule.id].variant).toMatchObject({ sku: "BOLT-M8-500", title: "Box of 500" })
        expect(byId[productRule.id].product).toMatchObject({ title: "Cable NYM" })

        await api.delete(`/admin/companies/${company.acme}`, admin)
        await api.delete(`/admin/products/${p["cable-nym"]}`, admin)
        await api.delete(`/admin/products/${p["bolt-m8"]}/variants/${v["BOLT-M8-500"]}`, admin)
        const remaining = await eventually(async () => {
          const { data } = await api.get("/admin/quantity-rules", admin)
          return data.count === 0 ? data : null
        })
        expect(remaining?.count).toBe(0)
        for (const rule of [variantRule, productRule, cableOverride, acmeOverride]) {
          expect((await failure(api.get(`/admin/quantity-rules/${rule.id}`, admin))).status).toBe(404)
        }
      })

      it("refuses invalid rules with a 400 that names the problem, writing nothing", async () => {
        const refused = async (body: Record<string, unknown>) => {
          const response = await failure(api.post("/admin/quantity-rules", body, admin))
          expect(response.status).toBe(400)
          return response.message as string
        }
        const bolt = v["BOLT-M8-100"]
        expect(await refused({ variant_id: bolt, increment: 0 })).toContain("increment must be a whole number of at least 1")
        expect(await refused({ variant_id: bolt, min_quantity: 7, increment: 5 })).toContain(
          "min_quantity 7 is not a multiple of increment 5: use 5 or 10"
        )
        expect(await refused({ variant_id: bolt, min_quantity: 20, increment: 5, max_quantity: 10 })).toContain(
          "max_quantity 10 is below min_quantity 20"
        )
        expect(await refused({ variant_id: bolt, product_id: p["bolt-m8"] })).toContain("exactly one of variant_id or product_id")
        expect(await refused({ min_quantity: 5 })).toContain("give a variant_id or a product_id")
        expect(await refused({ variant_id: "variant_missing" })).toContain('variant_id "variant_missing"')
        expect(await refused({ product_id: "prod_missing" })).toContain('product_id "prod_missing"')
        expect(await refused({ variant_id: bolt, company_id: "comp_missing" })).toContain('company_id "comp_missing"')
        expect(await refused({ variant_id: bolt, min_quantity: "ten" })).toContain("min_quantity")
        expect((await api.get("/admin/quantity-rules", admin)).data.count).toBe(0)

        const rule = await createRule({ variant_id: bolt, min_quantity: 5 })
        expect(await refused({ variant_id: bolt, min_quantity: 10 })).toContain(`already exists (${rule.id})`)
        // The same variant for one company is another target; twice for that company is not.
        await createRule({ variant_id: bolt, company_id: company.acme, min_quantity: 10 })
        expect(await refused({ variant_id: bolt, company_id: company.acme })).toContain(`company ${company.acme}`)

        const update = await failure(api.post(`/admin/quantity-rules/${rule.id}`, { increment: 2 }, admin))
        expect(update.status).toBe(400)
        expect(update.message).toContain("min_quantity 5 is not a multiple of increment 2")
        const retarget = await failure(api.post(`/admin/quantity-rules/${rule.id}`, { variant_id: v["BOLT-M8-500"] }, admin))
        expect(retarget.status).toBe(400)
        expect((await api.get(`/admin/quantity-rules/${rule.id}`, admin)).data.quantity_rule).toMatchObject({
          variant_id: bolt,
          min_quantity: 5,
          increment: 1,
        })
        expect((await failure(api.post("/admin/quantity-rules/qrule_missing", { min_quantity: 2 }, admin))).status).toBe(404)
        expect((await failure(api.delete("/admin/quantity-rules/qrule_missing", admin))).status).toBe(404)
      })

      it("applies a batch all or nothing, deletions first", async () => {
        const kept = await createRule({ variant_id: v["BOLT-M8-100"], min_quantity: 5 })
        const replaced = await createRule({ product_id: p["cable-nym"], min_quantity: 100 })

        const bad = await failure(
          api.post(
            "/admin/quantity-rules/batch",
            {
              create: [{ variant_id: v["WASH-M8"], min_quantity: 10 }, { variant_id: v["CAB-15"], min_quantity: 3, increment: 2 }],
              update: [{ id: kept.id, min_quantity: 50 }],
              delete: [replaced.id],
            },
            admin
          )
        )
        expect(bad.status).toBe(400)
        expect(bad.message).toContain("create[1]: min_quantity 3 is not a multiple of increment 2")
        const after = (await api.get("/admin/quantity-rules", admin)).data
        expect(after.quantity_rules.map((r: any) => [r.id, r.min_quantity]).sort()).toEqual(
          [[kept.id, 5], [replaced.id, 100]].sort()
        )

        const { data } = await api.post(
          "/admin/quantity-rules/batch",
          {
            create: [{ product_id: p["cable-nym"], min_quantity: 50, increment: 50 }],
            update: [{ id: kept.id, min_quantity: 10, increment: 10 }],
            delete: [replaced.id],
          },
          admin
        )
        expect(data.created).toEqual([expect.objectContaining({ product_id: p["cable-nym"], min_quantity: 50 })])
        expect(data.updated).toEqual([expect.objectContaining({ id: kept.id, min_quantity: 10, increment: 10 })])
        expect(data.deleted).toEqual({ ids: [replaced.id], object: "quantity_rule", deleted: true })
        expect((await api.get("/admin/quantity-rules", admin)).data.count).toBe(2)
      })
    })

    describe("store", () => {
      it("gives each variant its effective rule: the company's override for its buyers, the every-buyer rule otherwise", async () => {
        await createRule({ variant_id: v["BOLT-M8-100"], min_quantity: 10, increment: 5, unit: "boxes" })
        const override = await createRule({ variant_id: v["BOLT-M8-100"], company_id: company.acme, min_quantity: 2, increment: 2 })
        const cable = await createRule({ product_id: p["cable-nym"], min_quantity: 100, increment: 50, max_quantity: 1000, unit: "m" })
        const variants = ["BOLT-M8-100", "CAB-15", "CAB-25", "WASH-M8"].map((sku) => `variant_id[]=${v[sku]}`).join("&")
        const effective = async (headers: RequestConfig) => {
          const { data } = await api.get(`/store/quantity-rules?${variants}`, headers)
          return Object.fromEntries(data.quantity_rules.map((rule: any) => [rule.variant_id, rule]))
        }

        for (const headers of [anonymous, retailBuyer.headers, globexBuyer.headers]) {
          const rules = await effective(headers)
          expect(rules[v["BOLT-M8-100"]]).toMatchObject({ min_quantity: 10, increment: 5, max_quantity: null, unit: "boxes" })
          expect(rules[v["CAB-25"]]).toMatchObject({ id: cable.id, min_quantity: 100, increment: 50, max_quantity: 1000, unit: "m" })
          expect(rules[v["WASH-M8"]]).toEqual({
            variant_id: v["WASH-M8"], id: null, min_quantity: 1, increment: 1, max_quantity: null, unit: null,
          })
        }
        const acme = await effective(acmeBuyer.headers)
        expect(acme[v["BOLT-M8-100"]]).toMatchObject({ id: override.id, min_quantity: 2, increment: 2, unit: null })
        expect(acme[v["CAB-15"]]).toMatchObject({ id: cable.id })

        expect((await failure(api.get(`/store/quantity-rules?variant_id[]=${v["WASH-M8"]}`, { headers: {} }))).status).toBe(400)
      })
    })

    describe("cart", () => {
      const kinds = [
        { kind: "a minimum", code: "below_min_quantity", terms: { min_quantity: 10 }, refused: 9, allowed: 10, alsoAllowed: 11,
          message: "BOLT-M8-100 is sold in lots of at least 10 boxes: choose 10 (you asked for 9)." },
        { kind: "steps", code: "not_increment", terms: { min_quantity: 5, increment: 5 }, refused: 12, allowed: 15, alsoAllowed: 5,
          message: "BOLT-M8-100 is sold in lots of at least 5 boxes, in steps of 5: choose 10 or 15 (you asked for 12)." },
        { kind: "a maximum", code: "above_max_quantity", terms: { max_quantity: 20 }, refused: 21, allowed: 20, alsoAllowed: 1,
          message: "BOLT-M8-100 is sold in lots of at most 20 boxes: choose 20 (you asked for 21)." },
      ]

      it.each(kinds)("$kind refuses beyond its bound and allows exactly at it, on add, update and complete", async (c) => {
        const bolt = v["BOLT-M8-100"]
        const headers = retailBuyer.headers
        // Completion is judged on carts filled before the rule existed.
        const refusedCart = await cartReadyToComplete(api, headers, store, [[bolt, c.refused]])
        const allowedCart = await cartReadyToComplete(api, headers, store, [[bolt, c.allowed]])
        await createRule({ variant_id: bolt, unit: "boxes", ...c.terms })

        const cartId = await createCart(api, headers, store.regionId)
        const add = await failure(addLine(api, headers, cartId, bolt, c.refused))
        expect(add.status).toBe(400)
        expect(add).toMatchObject({ type: "invalid_data", message: c.message })
        await addLine(api, headers, cartId, bolt, c.allowed)
        const item = await itemOf(headers, cartId, bolt)
        expect(item.quantity).toBe(c.allowed)

        const update = await failure(setLineQuantity(api, headers, cartId, item.id, c.refused))
        expect(update.status).toBe(400)
        expect(update.message).toBe(c.message)
        await setLineQuantity(api, headers, cartId, item.id, c.alsoAllowed)
        expect((await itemOf(headers, cartId, bolt)).quantity).toBe(c.alsoAllowed)

        const complete = await failure(completeCart(api, headers, refusedCart))
        expect(complete.status).toBe(400)
        expect(complete.message).toBe(c.message)
        const { data } = await completeCart(api, headers, allowedCart)
        expect(data.type).toBe("order")
        expect(data.order.items[0].quantity).toBe(c.allowed)
      })

      it("judges an added quantity together with the line it merges into, and always lets a line go", async () => {
        const bolt = v["BOLT-M8-100"]
        const rule = await createRule({ variant_id: bolt, min_quantity: 5, increment: 5, unit: "boxes" })
        const headers = retailBuyer.headers
        const cartId = await createCart(api, headers, store.regionId)
        await addLine(api, headers, cartId, bolt, 5)
        const merged = await failure(addLine(api, headers, cartId, bolt, 3))
        expect(merged.status).toBe(400)
        expect(merged.message).toBe(
          "BOLT-M8-100 is sold in lots of at least 5 boxes, in steps of 5: choose 5 or 10 (you asked for 8)."
        )
        await addLine(api, headers, cartId, bolt, 5)
        const item = await itemOf(headers, cartId, bolt)
        expect(item.quantity).toBe(10)

        // The rule tightens under a line: the line may still be removed, by quantity 0 or by delete.
        await api.post(`/admin/quantity-rules/${rule.id}`, { min_quantity: 50, increment: 50 }, admin)
        await setLineQuantity(api, headers, cartId, item.id, 0)
        expect(await itemOf(headers, cartId, bolt)).toBeUndefined()
        await api.post(`/admin/quantity-rules/${rule.id}`, { min_quantity: 5, increment: 5 }, admin)
        await addLine(api, headers, cartId, bolt, 5)
        await api.post(`/admin/quantity-rules/${rule.id}`, { min_quantity: 50, increment: 50 }, admin)
        const again = await itemOf(headers, cartId, bolt)
        expect((await api.delete(`/store/carts/${cartId}/line-items/${again.id}`, headers)).data.deleted).toBe(true)
      })

      it("lets a company's override beat the every-buyer rule, for that company only", async () => {
        const bolt = v["BOLT-M8-100"]
        await createRule({ variant_id: bolt, min_quantity: 10, increment: 10 })
        await createRule({ variant_id: bolt, company_id: company.acme, min_quantity: 2, increment: 2 })

        const acmeCart = await createCart(api, acmeBuyer.headers, store.regionId)
        await addLine(api, acmeBuyer.headers, acmeCart, bolt, 2)
        const odd = await failure(addLine(api, acmeBuyer.headers, acmeCart, bolt, 1))
        expect(odd.message).toContain("in steps of 2: choose 2 or 4 (you asked for 3)")
        for (const buyer of [globexBuyer, retailBuyer]) {
          const cartId = await createCart(api, buyer.headers, store.regionId)
          const refused = await failure(addLine(api, buyer.headers, cartId, bolt, 2))
          expect(refused.message).toContain("at least 10, in steps of 10: choose 10 (you asked for 2)")
        }
      })

      it("applies a product rule to every variant of the product unless the variant has its own", async () => {
        await createRule({ product_id: p["cable-nym"], min_quantity: 100, increment: 50, unit: "m" })
        await createRule({ variant_id: v["CAB-25"], max_quantity: 10, unit: "m" })
        const headers = acmeBuyer.headers
        const cartId = await createCart(api, headers, store.regionId)

        const cab15 = await failure(addLine(api, headers, cartId, v["CAB-15"], 50))
        expect(cab15.message).toBe("CAB-15 is sold in lots of at least 100 m, in steps of 50: choose 100 (you asked for 50).")
        await addLine(api, headers, cartId, v["CAB-15"], 150)
        await addLine(api, headers, cartId, v["CAB-25"], 5)
        const cab25 = await failure(addLine(api, headers, cartId, v["CAB-25"], 6))
        expect(cab25.message).toBe("CAB-25 is sold in lots of at most 10 m: choose 10 (you asked for 11).")
      })

      it("refuses to complete a company cart below the company's minimum order amount, and completes one at it", async () => {
        await api.post(`/admin/companies/${company.acme}`, { min_order_amount: 100 }, admin)
        const headers = acmeBuyer.headers
        const below = await cartReadyToComplete(api, headers, store, [[v["BOLT-M8-100"], 7]]) // 87.50
        const at = await cartReadyToComplete(api, headers, store, [[v["BOLT-M8-100"], 8]]) // 100.00

        const refused = await failure(completeCart(api, headers, below))
        expect(refused.status).toBe(400)
        expect(refused.message).toContain("minimum order")
        expect(refused.message).toContain("100 EUR")
        const { data } = await completeCart(api, headers, at)
        expect(data.type).toBe("order")
        // The minimum is the company's term: a retail cart of the same content is not held to it.
        const retail = await cartReadyToComplete(api, retailBuyer.headers, store, [[v["BOLT-M8-100"], 7]])
        expect((await completeCart(api, retailBuyer.headers, retail)).data.type).toBe("order")
      })

      it("states a minimum order in a currency, and refuses a cart in another currency with a clear code", async () => {
        const { data: stores } = await api.get("/admin/stores", admin)
        const storeId = stores.stores[0].id
        await api.post(
          `/admin/stores/${storeId}`,
          { supported_currencies: [{ currency_code: "eur", is_default: true }, { currency_code: "usd" }] },
          admin
        )

        // Given without a currency, a minimum takes the company's (EUR); a USD minimum is stated explicitly.
        const inEur = await api.post(`/admin/companies/${company.acme}`, { min_order_amount: 100 }, admin)
        expect(inEur.data.company).toMatchObject({ min_order_amount: 100, min_order_currency_code: "eur" })
        const inUsd = await api.post(`/admin/companies/${company.acme}`, { min_order_amount: 50, min_order_currency_code: "USD" }, admin)
        expect(inUsd.data.company).toMatchObject({ min_order_amount: 50, min_order_currency_code: "usd" })

        // The EUR cart is worth 100 EUR, twice the USD figure: it is still not judged against a USD minimum.
        const cartId = await cartReadyToComplete(api, acmeBuyer.headers, store, [[v["BOLT-M8-100"], 8]])
        const { data: check } = await api.get(`/store/carts/${cartId}/b2b-check`, acmeBuyer.headers)
        expect(check.violations).toEqual([
          expect.objectContaining({ code: "min_order_currency_mismatch", message: expect.stringContaining("50 USD") }),
        ])
        const refused = await failure(completeCart(api, acmeBuyer.headers, cartId))
        expect(refused.status).toBe(400)
        expect(refused.message).toContain("this cart is in EUR")

        const unsold = await failure(api.post(`/admin/companies/${company.acme}`, { min_order_currency_code: "gbp" }, admin))
        expect(unsold.status).toBe(400)
        expect(unsold.message).toContain('min_order_currency_code "gbp" is not one of the store\'s currencies')
        const noCurrency = await failure(api.post("/admin/companies", { name: "No Currency Ltd", min_order_amount: 10 }, admin))
        expect(noCurrency.status).toBe(400)
        expect(noCurrency.message).toMatch(/min_order_amount needs a min_order_currency_code/)
        expect((await api.get("/admin/companies?q=No%20Currency", admin)).data.count).toBe(0)

        // Back in EUR, the same cart meets the minimum and completes.
        await api.post(`/admin/companies/${company.acme}`, { min_order_currency_code: "eur" }, admin)
        expect((await completeCart(api, acmeBuyer.headers, cartId)).data.type).toBe("order")
        const cleared = await api.post(`/admin/companies/${company.acme}`, { min_order_amount: null }, admin)
        expect(cleared.data.company).toMatchObject({ min_order_amount: null, min_order_currency_code: null })
      })

      it("lists every violation at once in b2b-check, for the cart's own customer only", async () => {
        const headers = acmeBuyer.headers
        const cartId = await createCart(api, headers, store.regionId)
        await addLine(api, headers, cartId, v["BOLT-M8-100"], 3)
        await addLine(api, headers, cartId, v["CAB-15"], 120)
        await addLine(api, headers, cartId, v["WASH-M8"], 4)
        expect((await api.get(`/store/carts/${cartId}/b2b-check`, headers)).data).toEqual({ valid: true, violations: [] })

        await createRule({ variant_id: v["BOLT-M8-100"], min_quantity: 5 })
        await createRule({ product_id: p["cable-nym"], company_id: company.acme, min_quantity: 100, increment: 50 })
        await api.post(`/admin/companies/${company.acme}`, { min_order_amount: 500, status: "on_hold" }, admin)
        await api.post(`/admin/companies/${company.acme}/employees/${employee.acme}`, { spending_limit: 100 }, admin)

        const { data } = await api.get(`/store/carts/${cartId}/b2b-check`, headers)
        const bolt = await itemOf(headers, cartId, v["BOLT-M8-100"])
        const cable = await itemOf(headers, cartId, v["CAB-15"])
        expect(data.valid).toBe(false)
        expect(data.violations).toEqual([
          expect.objectContaining({ code: "company_inactive", kind: "forbidden" }),
          expect.objectContaining({ code: "below_min_quantity", item_id: bolt.id, variant_id: v["BOLT-M8-100"] }),
          expect.objectContaining({ code: "not_increment", item_id: cable.id, variant_id: v["CAB-15"], message: expect.stringContaining("choose 100 or 150") }),
          expect.objectContaining({ code: "below_min_order_amount", message: expect.stringContaining("500 EUR") }),
          expect.objectContaining({ code: "above_spending_limit", message: expect.stringContaining("137.5 EUR") }),
        ])

        for (const stranger of [globexBuyer.headers, anonymous]) {
          expect((await failure(api.get(`/store/carts/${cartId}/b2b-check`, stranger))).status).toBe(404)
        }
        expect((await failure(api.get("/store/carts/cart_missing/b2b-check", headers))).status).toBe(404)
      })

      it("runs a check a host app registers in the same chain, until it unregisters it", async () => {
        await createRule({ variant_id: v["WASH-M8"], max_quantity: 12 })
        const unregister = registerCartCheck({
          name: "host:washers-by-the-dozen",
          check: (subject) =>
            subject.lines
              .filter((line) => line.sku === "WASH-M8" && line.quantity % 12 !== 0)
              .map((line) => ({
                code: "host_dozen",
                variant_id: line.variant_id,
                message: `Washers come by the dozen (the cart would hold ${line.quantity}).`,
              })),
        })
        const headers = retailBuyer.headers
        const cartId = await createCart(api, headers, store.regionId)
        try {
          const refused = await failure(addLine(api, headers, cartId, v["WASH-M8"], 5))
          expect(refused.status).toBe(400)
          expect(refused.message).toBe("Washers come by the dozen (the cart would hold 5).")
          await addLine(api, headers, cartId, v["WASH-M8"], 12)
          const item = await itemOf(headers, cartId, v["WASH-M8"])
          // The plugin's own checks run first (order 200), the host's after (default 1000).
          const both = await failure(setLineQuantity(api, headers, cartId, item.id, 13))
          expect(both.message).toBe(
            "WASH-M8 is sold in lots of at most 12: choose 12 (you asked for 13). Washers come by the dozen (the cart would hold 13)."
          )
        } finally {
          unregister()
        }
        const item = await itemOf(headers, cartId, v["WASH-M8"])
        await setLineQuantity(api, headers, cartId, item.id, 5)
        expect((await itemOf(headers, cartId, v["WASH-M8"])).quantity).toBe(5)
      })
    })
  },
})
