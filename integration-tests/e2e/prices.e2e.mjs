// Negotiated prices, as a merchant sets them on the company page and a buyer then pays them: a price
// added for a variant found by SKU, the buyer's catalog showing it while a walk-in buyer keeps the list
// price, and a CSV price sheet imported in the admin with its bad row reported by row number.
import { logInCustomer, registerCustomer, storeClient } from "./support/api.mjs"
import { seedSellableVariant } from "./support/catalog.mjs"
import { check, waitForToast } from "./support/steps.mjs"

export const name = "negotiated prices"

/** The price a store client is quoted for the seeded variant, in the currency's main unit. */
async function quotedPrice(store, catalog) {
  const { status, data } = await store.get(
    `/store/products/${catalog.productId}?region_id=${catalog.regionId}&fields=id,*variants.calculated_price`
  )
  check(status === 200, `reading the product answered ${status}: ${data.message}`)
  const variant = data.product.variants.find((v) => v.id === catalog.variantId)
  return Number(variant?.calculated_price?.calculated_amount)
}

export async function seed({ api, origin, seed: { publishableKey }, run, state }) {
  state.catalog = await seedSellableVariant(api, {
    publishableKey,
    run,
    title: `Wood screw 5 × 60 ${run}`,
    variantTitle: "Box of 200",
    sku: `SCR-WD-${run.toUpperCase()}`,
    price: 12.6,
    stock: 1000,
  })
  const { company } = await api.post("/admin/companies", { name: `Holzbau Preis ${run}`, currency_code: "eur" })
  const buyer = { email: `price.buyer.${run}@holzbau.example`, password: "supersecret" }
  const customer = await registerCustomer(origin, publishableKey, { ...buyer, first_name: "Paul", last_name: "Preis" })
  await api.post(`/admin/companies/${company.id}/employees`, { customer_id: customer.id, role: "buyer" })
  const walkIn = { email: `price.walkin.${run}@example.com`, password: "supersecret" }
  await registerCustomer(origin, publishableKey, { ...walkIn, first_name: "Wanda", last_name: "Walk" })
  state.company = company
  state.buyer = storeClient(origin, publishableKey, await logInCustomer(origin, buyer))
  state.walkIn = storeClient(origin, publishableKey, await logInCustomer(origin, walkIn))
}

export const steps = [
  {
    name: "the company page shows an empty price sheet",
    async run({ page, screenshot, state }) {
      await page.goto(`/app/companies/${state.company.id}`)
      const section = page.getByTestId("company-prices-section")
      await section.getByRole("heading", { name: "Prices" }).waitFor()
      await section.getByText("No negotiated prices yet").waitFor()
      await section.scrollIntoViewIfNeeded()
      await screenshot("company-prices-empty")
    },
  },
  {
    name: "an admin adds a negotiated price for a variant found by SKU; only the company's buyer pays it",
    async run({ page, screenshot, state }) {
      const section = page.getByTestId("company-prices-section")
      await section.getByRole("button", { name: "Add price" }).click()
      const drawer = page.getByRole("dialog")
      await drawer.getByRole("heading", { name: "Add negotiated price" }).waitFor()
      // Saving without a variant names what is missing.
      await drawer.getByRole("button", { name: "Add price" }).click()
      await drawer.getByText("Pick the variant to price: search it by SKU or title.").waitFor()

      await page.locator("#price-variant").fill(state.catalog.sku)
      await drawer.getByRole("option").filter({ hasText: state.catalog.sku }).first().click()
      await page.locator("#price-amount").fill("9.90")
      await screenshot("add-price-drawer")
      await drawer.getByRole("button", { name: "Add price" }).click()
      await waitForToast(page, `${state.catalog.sku} now has a negotiated price`)
      await drawer.waitFor({ state: "hidden" })
      const group = section.getByTestId("price-group").filter({ hasText: state.catalog.sku })
      await group.waitFor()
      await section.getByText("€9.90").first().waitFor()
      await group.scrollIntoViewIfNeeded()
      await screenshot("price-added")

      const negotiated = await quotedPrice(state.buyer, state.catalog)
      check(negotiated === 9.9, `the company's buyer is quoted 9.90, got ${negotiated}`)
      const list = await quotedPrice(state.walkIn, state.catalog)
      check(list === 12.6, `a buyer of no company keeps the list price 12.60, got ${list}`)
    },
  },
  {
    name: "an admin imports a CSV price sheet; the bad row is reported by its row number, the good ones kept",
    async run({ page, screenshot, state }) {
      const section = page.getByTestId("company-prices-section")
      await section.getByRole("button", { name: "Price sheet actions" }).click()
      await page.getByRole("menuitem", { name: "Import CSV" }).click()
      const drawer = page.getByRole("dialog")
      await drawer.getByRole("heading", { name: "Import prices" }).waitFor()
      const sku = state.catalog.sku
      const csv = [
        "sku,currency_code,amount,min_quantity,max_quantity",
        `${sku},eur,9.50,,`,
        `${sku},eur,8.75,50,`,
        `${sku},eur,-1,100,`,
      ].join("\n")
      await page.locator("#price-file").setInputFiles({ name: "price-sheet.csv", mimeType: "text/csv", buffer: Buffer.from(csv) })
      await drawer.getByRole("button", { name: "Import", exact: true }).click()
      const summary = drawer.getByTestId("price-import-summary")
      await summary.getByText("1 created, 1 updated, 0 unchanged, 1 not imported").waitFor()
      const refused = summary.getByRole("row").filter({ hasText: "amount" })
      const refusedText = await refused.innerText()
      check(/^\s*4\b/.test(refusedText), `the refused row is row 4 of the file, got: ${refusedText}`)
      await screenshot("price-import-summary")
      await drawer.getByRole("button", { name: "Close" }).click()
      await drawer.waitFor({ state: "hidden" })
      await section.getByText("€8.75").first().waitFor()

      const now = await quotedPrice(state.buyer, state.catalog)
      check(now === 9.5, `the imported base price 9.50 replaced 9.90, got ${now}`)
    },
  },
  {
    name: "an admin gives the company 5% on every item; the buyer's cart shows it, a walk-in buyer's does not",
    async run({ page, state }) {
      const section = page.getByTestId("company-prices-section")
      await page.locator("#company-discount").fill("5")
      await section.getByRole("button", { name: "Save", exact: true }).click()
      await waitForToast(page, "Discount set to 5%")

      const cartOf = async (store) => {
        const created = await store.post("/store/carts", { region_id: state.catalog.regionId })
        check(created.ok, `creating a cart answered ${created.status}: ${created.data.message}`)
        const added = await store.post(`/store/carts/${created.data.cart.id}/line-items`, { variant_id: state.catalog.variantId, quantity: 10 })
        check(added.ok, `adding to the cart answered ${added.status}: ${added.data.message}`)
        return added.data.cart
      }
      const buyers = await cartOf(state.buyer)
      // 10 × 9.50 = 95.00, 5 % off
      check(Number(buyers.item_subtotal) === 95 && Number(buyers.discount_total) === 4.75, `the buyer's cart: 95.00 with 4.75 off, got ${buyers.item_subtotal} with ${buyers.discount_total} off`)
      const walkIns = await cartOf(state.walkIn)
      check(Number(walkIns.item_subtotal) === 126 && Number(walkIns.discount_total) === 0, `a walk-in buyer's cart: 126.00, no discount, got ${walkIns.item_subtotal} with ${walkIns.discount_total} off`)
    },
  },
]
