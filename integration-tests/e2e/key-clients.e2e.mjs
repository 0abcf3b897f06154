// Key clients and company addresses in Medusa admin: three companies whose buyers placed orders of very
// different size appear on the Key clients page in revenue order with their A/B/C class, the company page
// shows the same figures, and an admin adds a delivery site on the company page.
import { registerCustomer } from "./support/api.mjs"
import { seedSellableVariant } from "./support/catalog.mjs"
import { check, waitForToast } from "./support/steps.mjs"

export const name = "key clients and addresses"

// 80, 12 and 3 boxes at 100 EUR: 8,000 (A: the first 80 %), 1,200 (B: the next 15 %), 300 (C).
const CLIENTS = [
  { name: "Großbau", quantity: 80 },
  { name: "Mittelbau", quantity: 12 },
  { name: "Kleinbau", quantity: 3 },
]

/** Waits until the order placed from a draft is bound to its company (a subscriber of order.placed does it). */
async function waitForCompanyOrders(api, companyId, count) {
  for (let i = 0; i < 60; i++) {
    const { count: bound } = await api.get(`/admin/companies/${companyId}/orders?limit=1`)
    if (bound >= count) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`the orders of ${companyId} were not bound to it`)
}

export async function seed({ api, origin, seed: { publishableKey }, run, state }) {
  const catalog = await seedSellableVariant(api, {
    publishableKey,
    run,
    title: `Cement 25 kg ${run}`,
    variantTitle: "Bag",
    sku: `CEM-25-${run.toUpperCase()}`,
    price: 100,
    stock: 10_000,
  })
  // Delivery sites are offered in the countries of the store's regions.
  const { region } = await api.get(`/admin/regions/${catalog.regionId}?fields=id,countries.iso_2`)
  if (!region.countries?.length) {
    await api.post(`/admin/regions/${catalog.regionId}`, { countries: ["de"] })
  }
  state.companies = []
  for (const client of CLIENTS) {
    const { company } = await api.post("/admin/companies", { name: `${client.name} ${run}`, currency_code: "eur" })
    const buyer = await registerCustomer(origin, publishableKey, {
      email: `buyer.${client.name.toLowerCase()}.${run}@example.com`.replace("ß", "ss"),
      password: "supersecret",
      first_name: "Bea",
      last_name: client.name,
    })
    await api.post(`/admin/companies/${company.id}/employees`, { customer_id: buyer.id, role: "buyer" })
    // An order the merchant enters for the buyer: a draft order, converted.
    const { draft_order } = await api.post("/admin/draft-orders", {
      region_id: catalog.regionId,
      customer_id: buyer.id,
      email: buyer.email,
      items: [{ variant_id: catalog.variantId, quantity: client.quantity }],
    })
    await api.post(`/admin/draft-orders/${draft_order.id}/convert-to-order`)
    await waitForCompanyOrders(api, company.id, 1)
    state.companies.push(company)
  }
}

export const steps = [
  {
    name: "the Key clients page ranks the companies by revenue, with their classes",
    async run({ page, screenshot, api, state }) {
      const ranking = await api.get("/admin/key-clients?limit=200")
      const rows = ranking.key_clients.filter((row) => state.companies.some((c) => c.id === row.company.id))
      check(
        rows.map((row) => row.company.id).join() === state.companies.map((c) => c.id).join(),
        `the API ranks the seeded companies by revenue: ${rows.map((r) => r.company.name).join(", ")}`
      )
      check(rows.map((row) => row.revenue).join() === "8000,1200,300", `revenues 8000, 1200, 300: ${rows.map((r) => r.revenue)}`)

      await page.goto("/app/key-clients")
      await page.getByRole("heading", { name: "Key clients" }).waitFor()
      const table = page.getByTestId("key-client-row")
      await table.first().waitFor()
      const shown = []
      for (const company of state.companies) {
        const row = table.filter({ has: page.getByRole("link", { name: company.name, exact: true }) })
        await row.waitFor()
        shown.push({
          rank: Number((await row.getByRole("cell").first().innerText()).trim()),
          abc: (await row.getByTestId("abc-class").innerText()).trim(),
        })
      }
      check(shown[0].rank < shown[1].rank && shown[1].rank < shown[2].rank, `shown in revenue order: ${JSON.stringify(shown)}`)
      const expected = rows.map((row) => row.abc_class)
      check(shown.map((s) => s.abc).join() === expected.join(), `classes ${expected} shown, got ${shown.map((s) => s.abc)}`)
      if (ranking.total_revenue === 9500) {
        // Only the seeded orders in this currency: 8000 of 9500 closes class A, 9200 is past 95 %.
        check(expected.join() === "A,B,C", `classes A, B, C for 8000 / 1200 / 300, got ${expected}`)
      }
      await page.getByText("€8,000.00").first().waitFor()
      await screenshot("key-clients")

      await table.filter({ hasText: state.companies[0].name }).getByRole("link", { name: state.companies[0].name }).click()
      await page.waitForURL(new RegExp(`/app/companies/${state.companies[0].id}$`))
      const figures = page.getByTestId("company-key-figures")
      await figures.getByRole("heading", { name: "Key figures" }).waitFor()
      await figures.getByText("€8,000.00").first().waitFor()
      check((await figures.getByTestId("abc-class").innerText()).trim() === expected[0], "the company page shows its class")
      await figures.scrollIntoViewIfNeeded()
      await screenshot("company-key-figures")
    },
  },
  {
    name: "an admin adds a delivery site on the company page",
    async run({ page, screenshot, api, state }) {
      const company = state.companies[0]
      const section = page.getByTestId("company-addresses")
      await section.getByRole("heading", { name: "Delivery and billing addresses" }).waitFor()
      await section.getByText("No addresses yet").waitFor()
      await section.getByRole("button", { name: "Add address" }).click()
      const drawer = page.getByRole("dialog")
      await drawer.getByRole("heading", { name: "Add address" }).waitFor()
      // Sending it empty names what is missing.
      await drawer.getByRole("button", { name: "Add", exact: true }).click()
      await drawer.getByText("Enter the street address").waitFor()

      await page.locator("#address-label").fill("Baustelle Altona")
      await page.locator("#address-address_1").fill("Bahrenfelder Str. 9")
      await page.locator("#address-postal_code").fill("22765")
      await page.locator("#address-city").fill("Hamburg")
      await page.locator("#address-country_code").click()
      const countries = page.getByRole("option")
      await countries.first().waitFor()
      await countries.first().click()
      await page.locator("#address-is_default").click()
      await screenshot("add-address-drawer")
      await drawer.getByRole("button", { name: "Add", exact: true }).click()
      await waitForToast(page, "Address was added")
      await drawer.waitFor({ state: "hidden" })
      const row = section.getByTestId("company-address-row").filter({ hasText: "Baustelle Altona" })
      await row.waitFor()
      await row.getByText("Default").waitFor()
      await row.scrollIntoViewIfNeeded()
      await screenshot("address-added")

      const { addresses } = await api.get(`/admin/companies/${company.id}/addresses`)
      check(addresses.length === 1, `one address saved, got ${addresses.length}`)
      check(
        addresses[0].address_1 === "Bahrenfelder Str. 9" && addresses[0].kind === "shipping" && addresses[0].is_default === true,
        `the delivery site is saved as entered: ${JSON.stringify(addresses[0])}`
      )
    },
  },
]
