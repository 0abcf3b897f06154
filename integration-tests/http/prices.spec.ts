import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCompanyPricesStep } from "../../src/workflows/prices/steps/company-prices"
import { importCompanyPrices, reconcileCompanyPriceLists } from "../../src/workflows/prices"
import reconcileCompanyPriceListsJob, { config as reconcileJobConfig } from "../../src/jobs/reconcile-company-price-lists"
import { PriceImportAbortedError } from "../../src/lib/prices"
import { createCatalogProducts, seedStoreBasics, type CatalogProduct, type StoreBasics } from "../../seed/store"
import { adminHeaders, registerCustomer, storeHeaders, type RegisteredCustomer } from "../helpers/auth"
import { completeCart, prepareCartForCompletion } from "../helpers/checkout"
import { eventually, failure } from "../helpers/requests"

const ADDRESS = { first_name: "Ann", last_name: "Buyer", address_1: "Hafenstr. 1", city: "Hamburg", country_code: "de", postal_code: "20457" }
const LIST_PRICE = 12.5

// A write that fails after the company's prices were updated: the update must be undone.
const failAfterUpdateStep = createStep("test-fail-after-price-update", async () => {
  throw new Error("the write after the price update failed")
})
const failingPriceUpdateWorkflow = createWorkflow(
  "test-failing-price-update",
  (input: { price_list_id: string; prices: Parameters<typeof updateCompanyPricesStep>[0]["prices"] }) => {
    updateCompanyPricesStep(input)
    failAfterUpdateStep()
    return new WorkflowResponse(true)
  }
)

const multipart = (csv: string, filename = "prices.csv") => {
  const form = new FormData()
  form.append("file", new Blob([csv], { type: "text/csv" }), filename)
  return form
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let basics: StoreBasics
    let admin: { headers: Record<string, string> }
    let bolt: CatalogProduct
    let screws: CatalogProduct[]
    let acme: any
    let globex: any
    let alice: RegisteredCustomer // buyer of Acme
    let mia: RegisteredCustomer // buyer of Acme, also in an unrelated customer group
    let bob: RegisteredCustomer // buyer of Globex
    let nora: RegisteredCustomer // retail customer, no company
    let anonymous: { headers: Record<string, string> }

    const boltVariant = () => bolt.variants[0].id

    const catalogPrice = async (headers: { headers: Record<string, string> }) => {
      const { data } = await api.get(
        `/store/products?handle=${bolt.handle}&region_id=${basics.region.id}&fields=*variants.calculated_price`,
        headers
      )
      return data.products[0].variants[0].calculated_price.calculated_amount as number
    }

    const cartWith = async (buyer: RegisteredCustomer, quantity: number) => {
      const { data } = await api.post("/store/carts", { region_id: basics.region.id, shipping_address: ADDRESS }, buyer.headers)
      const added = await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: boltVariant(), quantity }, buyer.headers)
      return added.data.cart
    }

    const setQuantity = async (buyer: RegisteredCustomer, cart: any, quantity: number) => {
      const { data } = await api.post(`/store/carts/${cart.id}/line-items/${cart.items[0].id}`, { quantity }, buyer.headers)
      return data.cart.items[0].unit_price as number
    }

    const companyPrices = async (companyId: string, params: Record<string, string | number> = {}) => {
      const query = new URLSearchParams({ limit: "1000", ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])) })
      return (await api.get(`/admin/companies/${companyId}/prices?${query}`, admin)).data
    }

    beforeAll(async () => {
      const container = getContainer()
      basics = await seedStoreBasics(container)
      const products = await createCatalogProducts(container, basics, [
        { title: "Hex bolt M8", handle: "hex-bolt-m8", variants: [{ title: "Box of 100", sku: "BOLT-M8", price: LIST_PRICE, stock: 10_000 }] },
        ...Array.from({ length: 10 }, (_, i) => ({
          title: `Wood screw ${i + 1}`,
          handle: `wood-screw-${i + 1}`,
          variants: [{ title: "Pack", sku: `SCREW-${i + 1}`, price: 5, stock: 100 }],
        })),
      ])
      ;[bolt, ...screws] = products
      admin = await adminHeaders(container)
      anonymous = storeHeaders(basics.publishableKey)
      const register = (email: string) => registerCustomer(api, basics.publishableKey, { email })
      alice = await register("alice@acme.test")
      mia = await register("mia@acme.test")
      bob = await register("bob@globex.test")
      nora = await register("nora@retail.test")

      acme = (await api.post("/admin/companies", { name: "Acme Construction", currency_code: "eur" }, admin)).data.company
      globex = (await api.post("/admin/companies", { name: "Globex Supplies", currency_code: "eur" }, admin)).data.company
      const attach = (companyId: string, customer: RegisteredCustomer) =>
        api.post(`/admin/companies/${companyId}/employees`, { customer_id: customer.customer.id, role: "buyer" }, admin)
      await attach(acme.id, alice)
      await attach(acme.id, mia)
      await attach(globex.id, bob)

      const { customer_group } = (await api.post("/admin/customer-groups", { name: "Newsletter readers" }, admin)).data
      await api.post(`/admin/customer-groups/${customer_group.id}/customers`, { add: [mia.customer.id] }, admin)

      await api.post(
        `/admin/companies/${acme.id}/prices/batch`,
        {
          create: [
            { sku: "BOLT-M8", currency_code: "eur", amount: 10 },
            { variant_id: boltVariant(), currency_code: "eur", amount: 9, min_quantity: 100 },
          ],
        },
        admin
      )
      await api.post(`/admin/companies/${globex.id}/prices/batch`, { create: [{ sku: "BOLT-M8", currency_code: "eur", amount: 11 }] }, admin)
    })

    describe("a buyer pays their company's negotiated price", () => {
      it("in the catalog: each company's buyers see their price, others the list price", async () => {
        expect(await catalogPrice(alice.headers)).toBe(10)
        expect(await catalogPrice(mia.headers)).toBe(10)
        expect(await catalogPrice(bob.headers)).toBe(11)
        expect(await catalogPrice(nora.headers)).toBe(LIST_PRICE)
        expect(await catalogPrice(anonymous)).toBe(LIST_PRICE)
      })

      it("in the cart line and in the placed order", async () => {
        const cart = await cartWith(alice, 2)
        expect(cart.items[0].unit_price).toBe(10)
        await prepareCartForCompletion(api, alice.headers, cart.id, basics.shippingOption.id)
        const placed = await completeCart(api, alice.headers, cart.id)
        expect(placed.data.type).toBe("order")
        expect(placed.data.order.items[0].unit_price).toBe(10)

        expect((await cartWith(bob, 2)).items[0].unit_price).toBe(11)
        expect((await cartWith(nora, 2)).items[0].unit_price).toBe(LIST_PRICE)
      })

      it.each([
        ["a buyer", () => alice],
        ["a buyer who is also in an unrelated customer group", () => mia],
      ])("by volume tier, when %s crosses a tier bound either way", async (_, buyer) => {
        const cart = await cartWith(buyer(), 99)
        expect(cart.items[0].unit_price).toBe(10)
        expect(await setQuantity(buyer(), cart, 100)).toBe(9)
        expect(await setQuantity(buyer(), cart, 250)).toBe(9)
        expect(await setQuantity(buyer(), cart, 99)).toBe(10)
      })
    })

    describe("admin: negotiated prices", () => {
      it("lists a company's rows with SKU and titles, tiers of a variant together, searchable by SKU and title", async () => {
        const { prices, count } = await companyPrices(acme.id)
        expect(count).toBe(2)
        expect(prices).toEqual([
          expect.objectContaining({ variant_id: boltVariant(), sku: "BOLT-M8", product_title: "Hex bolt M8", variant_title: "Box of 100", currency_code: "eur", amount: 10, min_quantity: null, max_quantity: null }),
          expect.objectContaining({ sku: "BOLT-M8", amount: 9, min_quantity: 100 }),
        ])
        // Each row carries the variant's list price in its currency, for the merchant to compare with.
        expect(prices.map((price: { list_amount: number }) => price.list_amount)).toEqual([LIST_PRICE, LIST_PRICE])
        expect((await companyPrices(acme.id, { q: "hex bolt" })).prices[0].list_amount).toBe(LIST_PRICE)
        expect((await companyPrices(acme.id, { q: "hex bolt" })).count).toBe(2)
        expect((await companyPrices(acme.id, { q: "SCREW" })).count).toBe(0)
        expect((await companyPrices(acme.id, { limit: 1, offset: 1 })).prices).toEqual([expect.objectContaining({ min_quantity: 100 })])
      })

      it("updates and deletes in one batch, and refuses a batch that is wrong as a whole, writing nothing", async () => {
        const { prices } = await companyPrices(globex.id)
        const { data } = await api.post(
          `/admin/companies/${globex.id}/prices/batch`,
          {
            create: [{ sku: "SCREW-1", currency_code: "EUR", amount: 4, min_quantity: 10, max_quantity: 99 }],
            update: [{ id: prices[0].id, amount: 10.75 }],
          },
          admin
        )
        expect(data.created).toEqual([expect.objectContaining({ sku: "SCREW-1", amount: 4, min_quantity: 10, max_quantity: 99 })])
        expect(data.updated).toEqual([expect.objectContaining({ id: prices[0].id, amount: 10.75 })])
        expect(await catalogPrice(bob.headers)).toBe(10.75)

        const before = await companyPrices(globex.id)
        const acmePrice = (await companyPrices(acme.id)).prices[0].id
        const cases = [
          [{ create: [{ sku: "SCREW-2", currency_code: "eur", amount: 3 }, { sku: "SCREW-1", currency_code: "eur", amount: 1, min_quantity: 10 }] }, "would be priced twice"],
          [{ create: [{ sku: "SCREW-2", currency_code: "eur", amount: 3 }], update: [{ id: acmePrice, amount: 1 }] }, "not one of this company's negotiated prices"],
          [{ create: [{ sku: "SCREW-2", currency_code: "eur", amount: 3 }], delete: [acmePrice] }, "not one of this company's negotiated prices"],
          [{ create: [{ sku: "NO-SUCH-SKU", currency_code: "eur", amount: 3 }] }, "NO-SUCH-SKU"],
          [{ create: [{ sku: "SCREW-2", currency_code: "usd", amount: 3 }] }, "not one of the store's currencies"],
          [{ create: [{ sku: "SCREW-2", currency_code: "eur", amount: -3 }] }, "amount cannot be negative"],
          [{ create: [{ sku: "SCREW-2", currency_code: "eur", amount: 3, min_quantity: 10, max_quantity: 5 }] }, "max_quantity 5 is below min_quantity 10"],
        ] as const
        for (const [body, reason] of cases) {
          const refused = await failure(api.post(`/admin/companies/${globex.id}/prices/batch`, body, admin))
          expect({ status: refused.status, message: refused.message }).toEqual({ status: 400, message: expect.stringContaining(reason) })
        }
        expect(await companyPrices(globex.id)).toEqual(before)
        expect((await companyPrices(acme.id)).count).toBe(2)

        const deleted = await api.post(`/admin/companies/${globex.id}/prices/batch`, { delete: [data.created[0].id] }, admin)
        expect(deleted.data.deleted).toEqual([data.created[0].id])
        expect((await companyPrices(globex.id)).count).toBe(before.count - 1)
      })

      it("puts back the prices a failed write had changed", async () => {
        const before = await companyPrices(acme.id)
        const [record] = await getContainer().resolve(Modules.PRICING).listPrices({ id: [before.prices[0].id] }, { select: ["id", "price_set_id"] })
        const { errors } = await failingPriceUpdateWorkflow(getContainer()).run({
          input: {
            price_list_id: acme.price_list_id,
            prices: [{ id: record.id, price_set_id: record.price_set_id!, currency_code: "eur", amount: 1, min_quantity: 5, max_quantity: 6 }],
          },
          throwOnError: false,
        })
        expect(errors.map((e) => e.error.message)).toEqual(["the write after the price update failed"])
        expect(await companyPrices(acme.id)).toEqual(before)
      })

      it("answers 404 for a company that does not exist", async () => {
        const missing = "/admin/companies/comp_missing"
        const requests = [
          () => api.get(`${missing}/prices`, admin),
          () => api.post(`${missing}/prices/batch`, { create: [] }, admin),
          () => api.post(`${missing}/prices/import`, { csv: "sku,currency_code,amount\nBOLT-M8,eur,1\n" }, admin),
          () => api.get(`${missing}/prices/export`, admin),
          () => api.get(`${missing}/discount`, admin),
          () => api.post(`${missing}/discount`, { percent: 5 }, admin),
        ]
        for (const request of requests) {
          expect((await failure(request())).status).toBe(404)
        }
      })
    })

    describe("CSV import and export", () => {
      const header = "sku,currency_code,amount,min_quantity,max_quantity\n"

      it("imports the good rows of a file and reports the bad ones by row number and reason", async () => {
        const rows = screws.flatMap((screw, s) =>
          [1, 10, 50, 100, 500].map((min, t) => `${screw.variants[0].sku},eur,${(5 - t * 0.25 - s * 0.01).toFixed(2)},${min},`)
        )
        rows[4] = "SCREW-404,eur,1.00,,"
        rows[20] = "SCREW-5,eur,-2,,"
        rows[33] = rows[32]
        const { data } = await api.post(`/admin/companies/${globex.id}/prices/import`, { csv: header + rows.join("\n") }, admin)
        expect(data).toMatchObject({ created: 47, updated: 0, unchanged: 0, failed_count: 3 })
        expect(data.failed).toEqual([
          { row: 6, message: 'unknown SKU "SCREW-404"' },
          { row: 22, message: expect.stringContaining("amount -2 is negative") },
          { row: 35, message: expect.stringContaining("duplicate row") },
        ])
        expect(data.failed[2].message).toContain("row 34")
        expect((await companyPrices(globex.id, { q: "SCREW" })).count).toBe(47)

        const again = await api.post(
          `/admin/companies/${globex.id}/prices/import`,
          header + "SCREW-1,eur,3.33,10,\nSCREW-1,eur,3.10,5000,\n",
          { headers: { ...admin.headers, "content-type": "text/csv" } }
        )
        expect(again.data).toMatchObject({ created: 1, updated: 1, failed: [] })
      })

      it("exports a file that imports back changing nothing", async () => {
        const pricing = getContainer().resolve(Modules.PRICING)
        const snapshot = async () => {
          const { prices } = await companyPrices(globex.id)
          const records = await pricing.listPrices(
            { id: prices.map((p: any) => p.id) },
            { select: ["id", "amount", "min_quantity", "max_quantity", "currency_code", "updated_at"], order: { id: "ASC" } }
          )
          return { prices, records: JSON.parse(JSON.stringify(records)) }
        }
        const before = await snapshot()
        const exported = await api.get(`/admin/companies/${globex.id}/prices/export`, admin)
        expect(exported.headers["content-type"]).toMatch(/^text\/csv/)
        const lines = (exported.data as string).trim().split("\n")
        expect(lines[0]).toBe("sku,currency_code,amount,min_quantity,max_quantity,variant_id,product_title,variant_title")
        expect(lines).toHaveLength(before.prices.length + 1)

        const { data } = await api.post(`/admin/companies/${globex.id}/prices/import`, multipart(exported.data), admin)
        expect(data).toEqual({ created: 0, updated: 0, unchanged: before.prices.length, failed: [], failed_count: 0 })
        expect(await snapshot()).toEqual(before)
      })

      it("stops an import the database fails part-way: 503, no retry row by row, the prices as before", async () => {
        const pricing = getContainer().resolve(Modules.PRICING)
        const before = await companyPrices(globex.id)
        const outage = () => Object.assign(new Error("Connection terminated unexpectedly"), { code: "57P01" })

        // One batch: the write fails, and nothing is tried again per row.
        const addPrices = jest.spyOn(pricing, "addPriceListPrices").mockRejectedValue(outage())
        try {
          const csv = header + [1, 2, 3, 4, 5].map((n) => `SCREW-${n},eur,0.${n}9,7000,`).join("\n")
          const refused = await failure(api.post(`/admin/companies/${globex.id}/prices/import`, { csv }, admin))
          expect(refused).toMatchObject({ status: 503, type: "price_import_aborted", undone: true })
          expect(refused.message).toContain("nothing was imported")
          expect(addPrices).toHaveBeenCalledTimes(1)
        } finally {
          addPrices.mockRestore()
        }
        expect(await companyPrices(globex.id)).toEqual(before)

        // Several batches: the first is written (an update and a new price), the second fails; the first is undone.
        const realAdd = pricing.addPriceListPrices.bind(pricing)
        let calls = 0
        const secondFails = jest
          .spyOn(pricing, "addPriceListPrices")
          .mockImplementation(((...args: Parameters<typeof realAdd>) =>
            ++calls === 2 ? Promise.reject(outage()) : realAdd(...args)) as typeof realAdd)
        try {
          const csv = header + ["BOLT-M8,eur,7.77,,", "SCREW-9,eur,0.99,7000,", "SCREW-8,eur,0.88,7000,", "SCREW-7,eur,0.77,7000,"].join("\n")
          const attempt = importCompanyPrices(getContainer(), { company_id: globex.id, source: csv, batch_size: 2 })
          await expect(attempt).rejects.toBeInstanceOf(PriceImportAbortedError)
          await expect(attempt).rejects.toMatchObject({ undone: true })
          expect(calls).toBe(2)
        } finally {
          secondFails.mockRestore()
        }
        expect(await companyPrices(globex.id)).toEqual(before)
      })

      it("refuses a file without the needed columns", async () => {
        const refused = await failure(api.post(`/admin/companies/${globex.id}/prices/import`, { csv: "name,price\nBolt,1\n" }, admin))
        expect(refused).toMatchObject({ status: 400, message: expect.stringContaining("missing: sku (or variant_id), currency_code, amount") })
      })
    })

    describe("company discount", () => {
      const adjustmentCodes = (cart: any) => cart.items.flatMap((item: any) => (item.adjustments ?? []).map((a: any) => a.code))

      it("shows as a promotion adjustment on its buyers' carts only, and 0 removes it", async () => {
        const { data } = await api.post(`/admin/companies/${acme.id}/discount`, { percent: 5 }, admin)
        expect(data.discount).toMatchObject({ percent: 5, promotion_id: expect.stringMatching(/^promo_/) })
        expect((await api.get(`/admin/companies/${acme.id}`, admin)).data.company.promotion_id).toBe(data.discount.promotion_id)

        const aliceCart = await cartWith(alice, 10)
        expect(adjustmentCodes(aliceCart)).toEqual([expect.stringContaining("COMPANY-DISCOUNT")])
        expect(aliceCart.items[0].adjustments[0].amount).toBeCloseTo(10 * 10 * 0.05)
        expect(adjustmentCodes(await cartWith(bob, 10))).toEqual([])
        expect(adjustmentCodes(await cartWith(nora, 10))).toEqual([])

        await api.post(`/admin/companies/${acme.id}/discount`, { percent: 7.5 }, admin)
        expect((await api.get(`/admin/companies/${acme.id}/discount`, admin)).data.discount).toMatchObject({ percent: 7.5, promotion_id: data.discount.promotion_id })
        expect((await cartWith(alice, 10)).items[0].adjustments[0].amount).toBeCloseTo(10 * 10 * 0.075)

        await api.post(`/admin/companies/${acme.id}/discount`, { percent: 0 }, admin)
        expect(adjustmentCodes(await cartWith(alice, 10))).toEqual([])
        expect((await api.get(`/admin/companies/${acme.id}/discount`, admin)).data.discount).toMatchObject({ percent: 0, promotion_id: null })
        expect((await failure(api.post(`/admin/companies/${acme.id}/discount`, { percent: 120 }, admin))).status).toBe(400)
      })

      it("takes concurrent first-time discounts for one company: every request succeeds, one promotion exists", async () => {
        const { company } = (await api.post("/admin/companies", { name: "Initech Parts", currency_code: "eur" }, admin)).data
        const percents = [3, 4, 5, 6, 7, 8]
        const answers = await Promise.allSettled(
          percents.map((percent) => api.post(`/admin/companies/${company.id}/discount`, { percent }, admin))
        )
        const statuses = answers.map((a) => (a.status === "fulfilled" ? a.value.status : (a.reason as any)?.response?.status))
        expect(statuses).toEqual(percents.map(() => 200))

        const promotions = await getContainer()
          .resolve(Modules.PROMOTION)
          .listPromotions({ code: `COMPANY-DISCOUNT-${company.id.toUpperCase()}` }, { select: ["id"] })
        expect(promotions).toHaveLength(1)
        const ids = new Set(answers.map((a) => (a.status === "fulfilled" ? a.value.data.discount.promotion_id : null)))
        expect([...ids]).toEqual([promotions[0].id])
        expect((await api.get(`/admin/companies/${company.id}`, admin)).data.company.promotion_id).toBe(promotions[0].id)
        const { discount } = (await api.get(`/admin/companies/${company.id}/discount`, admin)).data
        expect(percents).toContain(discount.percent)
      })
    })

    describe("a buyer's own price sheet", () => {
      it("shows the buyer's company prices only, as JSON or CSV", async () => {
        const mine = (await api.get("/store/companies/me/prices?limit=1000", alice.headers)).data
        const acmeIds = (await companyPrices(acme.id)).prices.map((p: any) => p.id).sort()
        expect(mine.prices.map((p: any) => p.id).sort()).toEqual(acmeIds)
        const theirs = (await api.get("/store/companies/me/prices?limit=1000", bob.headers)).data
        expect(theirs.prices.some((p: any) => acmeIds.includes(p.id))).toBe(false)
        expect(theirs.count).toBe((await companyPrices(globex.id)).count)

        const csv = await api.get("/store/companies/me/prices?format=csv", alice.headers)
        expect(csv.headers["content-type"]).toMatch(/^text\/csv/)
        expect((csv.data as string).trim().split("\n")).toHaveLength(acmeIds.length + 1)
      })

      it("is 404 without a company, 401 without a login, and cannot be written", async () => {
        expect((await failure(api.get("/store/companies/me/prices", nora.headers))).status).toBe(404)
        expect((await failure(api.get("/store/companies/me/prices", anonymous))).status).toBe(401)
        const write = await failure(api.post("/store/companies/me/prices", { create: [{ sku: "BOLT-M8", currency_code: "eur", amount: 1 }] }, alice.headers))
        expect(write.status).toBe(404)
        expect(await catalogPrice(alice.headers)).toBe(10)
      })
    })

    describe("the company price list stays right when edited elsewhere", () => {
      it("repairs a rule rewritten as customer_group_id through Medusa's price-list route, by the reconciling job", async () => {
        const listUrl = `/admin/price-lists/${acme.price_list_id}`
        const edited = await api.post(listUrl, { rules: { customer_group_id: [acme.customer_group_id] } }, admin)
        expect(edited.data.price_list.rules).toEqual({ customer_group_id: [acme.customer_group_id] })

        // The scheduler runs the job every minute (here it is run at once, as the scheduler would).
        expect(reconcileJobConfig.schedule).toBe("* * * * *")
        await reconcileCompanyPriceListsJob(getContainer())
        const { price_list } = (await api.get(listUrl, admin)).data
        expect(price_list.rules).toEqual({ "customer.groups.id": [acme.customer_group_id] })
        expect(await catalogPrice(alice.headers)).toBe(10)
        expect((await cartWith(mia, 100)).items[0].unit_price).toBe(9)
        // Idempotent: a second run finds nothing to do.
        expect(await reconcileCompanyPriceLists(getContainer())).toEqual([])
      })

      it("refuses deleting a company's list on Medusa's price-list pages, and replaces one deleted another way", async () => {
        const refused = await failure(api.delete(`/admin/price-lists/${globex.price_list_id}`, admin))
        expect(refused).toMatchObject({ status: 400 })
        expect(refused.message).toMatch(/Delete the company instead/)
        // Deleted past the admin routes (a script on the pricing module), the list is replaced with the next price.
        await getContainer().resolve(Modules.PRICING).deletePriceLists([globex.price_list_id])
        expect(await catalogPrice(bob.headers)).toBe(LIST_PRICE)
        await api.post(`/admin/companies/${globex.id}/prices/batch`, { create: [{ sku: "BOLT-M8", currency_code: "eur", amount: 10.5 }] }, admin)
        const { company } = (await api.get(`/admin/companies/${globex.id}`, admin)).data
        expect(company.price_list_id).not.toBe(globex.price_list_id)
        const { price_list } = (await api.get(`/admin/price-lists/${company.price_list_id}`, admin)).data
        expect(price_list).toMatchObject({ type: "override", status: "active", rules: { "customer.groups.id": [globex.customer_group_id] } })
        expect(await catalogPrice(bob.headers)).toBe(10.5)
      })
    })
  },
})
