// Minimum lots, as a merchant sets them in Medusa admin and a buyer meets them in the store: the
// lot rule for every buyer set on the variant's page and enforced on add-to-cart with a message
// naming the SKU and the allowed quantities; on the company page, the company's minimum order
// and its own override of the rule (found by SKU), which the buyer's cart then follows.
import { logInCustomer, registerCustomer, storeClient } from "./support/api.mjs"
import { seedSellableVariant } from "./support/catalog.mjs"
import { check, waitForToast } from "./support/steps.mjs"

export const name = "quantity rules"

const field = (page, id) => page.locator(`#${id}`)

/** A new cart of the buyer with `quantity` of the variant; answers the add-to-cart response. */
async function addToNewCart({ store, catalog }, quantity) {
  const created = await store.post("/store/carts", { region_id: catalog.regionId })
  check(created.ok, `creating a cart answered ${created.status}: ${created.data.message}`)
  const added = await store.post(`/store/carts/${created.data.cart.id}/line-items`, {
    variant_id: catalog.variantId,
    quantity,
  })
  return { cartId: created.data.cart.id, ...added }
}

/** Adding `quantity` is refused with 400 and a message that names the SKU and every phrase given. */
async function expectRefused(state, quantity, phrases) {
  const { status, data } = await addToNewCart(state, quantity)
  check(status === 400, `adding ${quantity} answered ${status}, expected 400: ${JSON.stringify(data)}`)
  const message = String(data.message ?? "")
  for (const phrase of [state.catalog.sku, ...phrases]) {
    check(message.includes(phrase), `the refusal of ${quantity} names "${phrase}", got: ${message}`)
  }
}

/** Adding `quantity` works and the cart holds that many; answers the cart's id. */
async function expectAccepted(state, quantity) {
  const { status, data, cartId } = await addToNewCart(state, quantity)
  check(status === 200, `adding ${quantity} answered ${status}: ${data.message}`)
  const line = data.cart.items.find((item) => item.variant_id === state.catalog.variantId)
  check(line?.quantity === quantity, `the cart holds ${quantity}, got ${line?.quantity}`)
  return cartId
}

export async function seed({ api, origin, seed: { publishableKey }, run, state }) {
  state.catalog = await seedSellableVariant(api, {
    publishableKey,
    run,
    title: `Hex bolt M8 ${run}`,
    variantTitle: "Box of 100",
    sku: `BOLT-M8-${run.toUpperCase()}`,
    price: 12.5,
    stock: 1000,
  })
  const buyer = { email: `lots.buyer.${run}@nordwind.example`, password: "supersecret" }
  const customer = await registerCustomer(origin, publishableKey, { ...buyer, first_name: "Lena", last_name: "Lot" })
  const { company } = await api.post("/admin/companies", { name: `Schrauben Lot ${run}`, currency_code: "eur" })
  await api.post(`/admin/companies/${company.id}/employees`, { customer_id: customer.id, role: "buyer" })
  state.company = company
  state.store = storeClient(origin, publishableKey, await logInCustomer(origin, buyer))
}

export const steps = [
  {
    name: "an admin sets the variant's lot rule for every buyer in the variant widget",
    async run({ page, screenshot, api, state }) {
      const { productId, variantId } = state.catalog
      await page.goto(`/app/products/${productId}/variants/${variantId}`)
      const widget = page.getByTestId("variant-quantity-rule-widget")
      await widget.getByText("Any quantity (no rule on this variant or its product)").waitFor()
      await widget.getByRole("button", { name: "Actions" }).click()
      await page.getByRole("menuitem", { name: "Set rule" }).click()
      const drawer = page.getByRole("dialog")
      await drawer.getByRole("heading", { name: "Set quantity rule" }).waitFor()

      await field(page, "quantity-rule-min").fill("12")
      await field(page, "quantity-rule-increment").fill("5")
      await drawer.getByText("Minimum quantity 12 is not a multiple of Step 5: use 10 or 15.").waitFor()
      await drawer.getByRole("button", { name: "Save", exact: true }).click()
      await drawer.getByRole("heading", { name: "Set quantity rule" }).waitFor()
      await screenshot("variant-rule-hint")

      await field(page, "quantity-rule-min").fill("10")
      await drawer.getByText("Sold in lots of at least 10, in steps of 5.").waitFor()
      await drawer.getByRole("button", { name: "Save", exact: true }).click()
      await waitForToast(page, "Quantity rule was created")
      await drawer.waitFor({ state: "hidden" })
      await widget.getByText("Sold in lots of at least 10, in steps of 5").waitFor()
      await widget.scrollIntoViewIfNeeded()
      await screenshot("variant-rule-set")

      const { quantity_rules } = await api.get(`/admin/quantity-rules?variant_id=${variantId}`)
      check(quantity_rules.length === 1, `one rule on the variant, got ${quantity_rules.length}`)
      const [rule] = quantity_rules
      check(
        rule.company_id === null && rule.min_quantity === 10 && rule.increment === 5 && rule.max_quantity === null,
        `the saved rule is for every buyer, min 10, step 5, no max; got ${JSON.stringify(rule)}`
      )
    },
  },
  {
    name: "the store refuses 7 with the SKU and the allowed quantities, and accepts 10",
    async run({ state }) {
      await expectRefused(state, 7, ["at least 10", "steps of 5", "choose 10", "7"])
      state.cartId = await expectAccepted(state, 10)
    },
  },
  {
    name: "the company page shows the quantity-rules section: no overrides, no minimum order",
    async run({ page, screenshot, state }) {
      await page.goto(`/app/companies/${state.company.id}`)
      const section = page.getByTestId("company-quantity-rules-section")
      await section.getByRole("heading", { name: "Quantity rules" }).waitFor()
      await section.getByText("No quantity overrides").waitFor()
      await section.getByTestId("company-min-order").getByText("No minimum").waitFor()
      await section.scrollIntoViewIfNeeded()
      await screenshot("company-quantity-rules-empty")
    },
  },
  {
    name: "an admin sets the company's minimum order; the buyer's cart reports it",
    async run({ page, state }) {
      const section = page.getByTestId("company-quantity-rules-section")
      await section.getByRole("button", { name: "Edit minimum order" }).click()
      const drawer = page.getByRole("dialog")
      await drawer.getByRole("heading", { name: "Edit minimum order" }).waitFor()
      await field(page, "company-min-order-amount").fill("-5")
      await drawer.getByRole("button", { name: "Save", exact: true }).click()
      await drawer.getByText("Enter an amount of 0 or more, or leave it empty for no minimum.").waitFor()
      await field(page, "company-min-order-amount").fill("500")
      await drawer.getByRole("button", { name: "Save", exact: true }).click()
      await waitForToast(page, "Minimum order set to")
      const line = await section.getByTestId("company-min-order").innerText()
      check(/500/.test(line) && line.includes("€"), `the minimum order line shows €500, got: ${line}`)

      const { status, data } = await state.store.get(`/store/carts/${state.cartId}/b2b-check`)
      check(status === 200, `b2b-check answered ${status}: ${data.message}`)
      const codes = data.violations.map((violation) => violation.code)
      check(
        data.valid === false && codes.includes("below_min_order_amount"),
        `a cart of 125 EUR is below the 500 EUR minimum, got ${JSON.stringify(data)}`
      )
    },
  },
  {
    name: "an admin adds a company override found by SKU; the buyer's cart follows it",
    async run({ page, screenshot, state }) {
      const { sku, productId, variantId } = state.catalog
      const section = page.getByTestId("company-quantity-rules-section")
      await section.getByRole("button", { name: "Add override" }).click()
      const drawer = page.getByRole("dialog")
      await drawer.getByRole("heading", { name: "Add company override" }).waitFor()
      await drawer.getByRole("button", { name: "Save", exact: true }).click()
      await drawer.getByText("Pick the variant or product this override is for").waitFor()

      await field(page, "company-quantity-rule-target").fill(sku)
      await drawer.getByRole("option").filter({ hasText: sku }).click()
      await field(page, "quantity-rule-min").fill("20")
      await field(page, "quantity-rule-increment").fill("10")
      await field(page, "quantity-rule-unit").fill("boxes")
      await screenshot("company-override-drawer")
      await drawer.getByRole("button", { name: "Save", exact: true }).click()
      await waitForToast(page, "Quantity rule was created")
      await drawer.waitFor({ state: "hidden" })
      const row = section.getByTestId("company-quantity-rule-row").filter({ hasText: sku })
      await row.waitFor()
      const cells = await row.getByRole("cell").allInnerTexts()
      check(
        cells.slice(1, 5).join("|") === "20|10|No maximum|boxes",
        `the override row shows min 20, step 10, no maximum, in boxes; got: ${cells.join(" | ")}`
      )
      await section.scrollIntoViewIfNeeded()
      await screenshot("company-override-added")

      await expectRefused(state, 10, ["at least 20 boxes", "steps of 10", "choose 20"])
      await expectAccepted(state, 20)

      await page.goto(`/app/products/${productId}/variants/${variantId}`)
      const override = page
        .getByTestId("variant-quantity-rule-widget")
        .getByRole("row")
        .filter({ hasText: state.company.name })
      await override.getByText("Sold in lots of at least 20 boxes, in steps of 10").waitFor()
    },
  },
  {
    name: "an admin edits and removes the override; the rule for every buyer applies again",
    async run({ page, api, state }) {
      const { sku } = state.catalog
      await page.goto(`/app/companies/${state.company.id}`)
      const section = page.getByTestId("company-quantity-rules-section")
      const row = section.getByTestId("company-quantity-rule-row").filter({ hasText: sku })
      await row.getByRole("button", { name: `Actions for the override of ${sku}` }).click()
      await page.getByRole("menuitem", { name: "Edit" }).click()
      const drawer = page.getByRole("dialog")
      await drawer.getByRole("heading", { name: "Edit company override" }).waitFor()
      await field(page, "quantity-rule-max").fill("95")
      await drawer.getByText("Maximum quantity 95 is not a multiple of Step 10").waitFor()
      await field(page, "quantity-rule-max").fill("100")
      await drawer.getByRole("button", { name: "Save", exact: true }).click()
      await waitForToast(page, "Quantity rule was updated")
      await row.getByRole("cell", { name: "100", exact: true }).waitFor()

      await row.getByRole("button", { name: `Actions for the override of ${sku}` }).click()
      await page.getByRole("menuitem", { name: "Remove" }).click()
      await page.getByRole("alertdialog").getByRole("button", { name: "Remove" }).click()
      await waitForToast(page, "Quantity rule was removed")
      await section.getByText("No quantity overrides").waitFor()

      const { quantity_rules } = await api.get(`/admin/quantity-rules?company_id=${state.company.id}`)
      check(quantity_rules.length === 0, `the company has no override left, got ${quantity_rules.length}`)
      await expectAccepted(state, 10)
    },
  },
]
