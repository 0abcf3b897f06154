// Company accounts in Medusa admin, as a merchant uses them: the Companies page, creating a
// company (client hints, then the server's refusal, then success), editing it, adding the
// registered buyer as an employee and changing their terms, changing the status behind a
// confirmation, finding the company by search and status, the company widget on customer pages
// (with and without a company), removing the employee and deleting the company.
import { check, waitForToast } from "./support/steps.mjs"

export const name = "company accounts"

const COMPANY = {
  name: "Nordwind Handels GmbH",
  tax_id: `DE${Date.now().toString().slice(-9)}`,
  email: "einkauf@nordwind.example",
  legal_name: "Nordwind Handels GmbH & Co. KG",
  city: "Hamburg",
  country_code: "DE",
  currency_code: "EUR",
}

const field = (page, id) => page.locator(`#${id}`)

/** Sets the list's status filter through Medusa's filter menu; `current` is the value it has now. */
async function filterByStatus(page, label, current) {
  if (current) {
    await page.getByRole("button", { name: current, exact: true }).click()
  } else {
    await page.getByTestId("company-filter-menu").getByRole("button").click()
    await page.getByRole("menuitem", { name: "Status" }).click()
  }
  await page.getByRole("listitem").filter({ hasText: label }).click()
  await page.keyboard.press("Escape")
}

export const steps = [
  {
    name: "the Companies page is in the sidebar and shows its empty state",
    async run({ page, screenshot, api }) {
      const { count } = await api.get("/admin/companies?limit=1")
      await page.getByRole("link", { name: "Companies" }).first().click()
      await page.waitForURL(/\/app\/companies$/)
      await page.getByRole("heading", { name: "Companies" }).waitFor()
      if (count === 0) {
        await page.getByText("No companies yet").waitFor()
      } else {
        await page.getByRole("row").nth(1).waitFor()
      }
      await screenshot("companies-empty")
    },
  },
  {
    name: "creating a company shows hints, then the server's refusal, then opens the new company",
    async run({ page, screenshot, state }) {
      await page.getByRole("button", { name: "Create company" }).click()
      const drawer = page.getByRole("dialog")
      await drawer.getByRole("heading", { name: "Create company" }).waitFor()

      await field(page, "company-email").fill("not-an-email")
      await drawer.getByRole("button", { name: "Create", exact: true }).click()
      await drawer.getByText("Enter the company's name.").waitFor()
      await drawer.getByText("Enter an email address like").waitFor()
      await screenshot("create-company-hints")

      await field(page, "company-name").fill(COMPANY.name)
      await field(page, "company-email").fill(COMPANY.email)
      await field(page, "company-city").fill(COMPANY.city)
      // Country from Medusa's country list, by name; currency from the store's currencies.
      await field(page, "company-country_code").click()
      await page.getByRole("option", { name: "Germany" }).click()
      await field(page, "company-currency_code").click()
      await page.getByRole("option", { name: /^[A-Z]{3}$/ }).first().click()
      // The form has no hint for a tax ID's length; the server's refusal names the field as the form labels it.
      await field(page, "company-tax_id").fill(`DE${"9".repeat(63)}`)
      await drawer.getByRole("button", { name: "Create", exact: true }).click()
      await drawer.getByRole("alert").filter({ hasText: "Tax ID must be at most 64 characters" }).waitFor()
      await screenshot("create-company-server-error")

      await field(page, "company-tax_id").fill(COMPANY.tax_id)
      await drawer.getByRole("button", { name: "Create", exact: true }).click()
      await page.waitForURL(/\/app\/companies\/comp_/)
      state.companyId = new URL(page.url()).pathname.split("/").pop()
      await page.getByRole("heading", { name: COMPANY.name }).first().waitFor()
      await page.getByText("No employees yet").waitFor()
      await page.getByText("No orders yet").waitFor()
      await screenshot("company-created")
    },
  },
  {
    name: "editing the company's contact data updates its page",
    async run({ page }) {
      await page.getByRole("button", { name: "Actions" }).first().click()
      await page.getByRole("menuitem", { name: "Edit" }).click()
      const drawer = page.getByRole("dialog")
      await drawer.getByRole("heading", { name: "Edit company" }).waitFor()
      await field(page, "company-phone").fill("+49 40 1234567")
      await field(page, "company-legal_name").fill(COMPANY.legal_name)
      await drawer.getByRole("button", { name: "Save", exact: true }).click()
      await waitForToast(page, "Company was updated")
      await page.getByText("+49 40 1234567").waitFor()
      await page.getByText(COMPANY.legal_name).first().waitFor()
    },
  },
  {
    name: "an unknown email is refused with the server's reason; the registered buyer is added by email",
    async run({ page, screenshot, seed }) {
      const { buyer } = seed
      await page.getByRole("button", { name: "Add employee" }).click()
      const drawer = page.getByRole("dialog")
      await drawer.getByRole("heading", { name: "Add employee" }).waitFor()
      await field(page, "employee-customer").fill("nobody@nowhere.example")
      await drawer.getByRole("button", { name: "Add", exact: true }).click()
      await drawer.getByRole("alert").filter({ hasText: "nobody@nowhere.example" }).waitFor()

      await field(page, "employee-customer").fill(buyer.email)
      await drawer.getByRole("option").filter({ hasText: buyer.email }).waitFor()
      await field(page, "employee-spending-limit").fill("2500")
      await screenshot("add-employee")
      await drawer.getByRole("button", { name: "Add", exact: true }).click()
      await waitForToast(page, `${buyer.email} was added`)
      const row = page.getByTestId("employee-row").filter({ hasText: buyer.email })
      await row.waitFor()
      const text = await row.innerText()
      check(text.includes("Buyer"), `the employee row shows the role Buyer, got: ${text}`)
      check(/2,?500/.test(text), `the employee row shows the spending limit 2,500, got: ${text}`)
      await screenshot("employee-added")
    },
  },
  {
    name: "an admin makes the employee a company admin without a spending limit",
    async run({ page, seed }) {
      const row = page.getByTestId("employee-row").filter({ hasText: seed.buyer.email })
      await row.getByRole("button", { name: /^Actions for/ }).click()
      await page.getByRole("menuitem", { name: "Edit role and limit" }).click()
      const drawer = page.getByRole("dialog")
      await drawer.getByRole("heading", { name: "Edit employee" }).waitFor()
      await field(page, "edit-employee-role").click()
      await page.getByRole("option", { name: "Admin" }).click()
      await field(page, "edit-employee-spending-limit").fill("")
      await drawer.getByRole("button", { name: "Save", exact: true }).click()
      await waitForToast(page, "Employee was updated")
      await row.filter({ hasText: "No limit" }).filter({ hasText: "Admin" }).waitFor()
    },
  },
  {
    name: "changing the status asks for confirmation and shows the new status",
    async run({ page, screenshot }) {
      await page.getByTestId("company-status-select").click()
      await page.getByRole("option", { name: "On hold" }).click()
      const prompt = page.getByRole("alertdialog")
      await prompt.getByText("cannot place orders until the hold is lifted").waitFor()
      await screenshot("status-confirmation")
      await prompt.getByRole("button", { name: "Change status" }).click()
      await waitForToast(page, "is now on hold")
      await page.getByTestId("company-status-select").filter({ hasText: "On hold" }).waitFor()
    },
  },
  {
    name: "the companies list finds the company by tax ID and shows its status",
    async run({ page, screenshot }) {
      await page.goto("/app/companies")
      await page.getByRole("heading", { name: "Companies" }).waitFor()
      await page.getByPlaceholder("Search name, tax ID, email").fill(COMPANY.tax_id)
      const row = page.getByRole("row").filter({ hasText: COMPANY.name })
      await row.waitFor()
      const text = await row.innerText()
      check(text.includes("On hold"), `the list shows the status On hold, got: ${text}`)
      await page.getByPlaceholder("Search name, tax ID, email").fill("no company is called this")
      await page.getByText("No matching companies").waitFor()
      await page.getByPlaceholder("Search name, tax ID, email").fill(COMPANY.email)
      await row.first().waitFor()
      await screenshot("companies-list")
      await filterByStatus(page, "Active")
      await page.getByText("No matching companies").waitFor()
      await filterByStatus(page, "On hold", "Active")
      await row.first().waitFor()
    },
  },
  {
    name: "the buyer's customer page shows the company, role and a link to it",
    async run({ page, screenshot, seed, state }) {
      await page.goto(`/app/customers/${seed.buyer.id}`)
      const widget = page.getByTestId("customer-company-widget")
      await widget.getByRole("link", { name: COMPANY.name }).waitFor()
      const text = await widget.innerText()
      check(text.includes("Admin"), `the widget shows the role Admin, got: ${text}`)
      check(text.includes("On hold"), `the widget shows the status On hold, got: ${text}`)
      await screenshot("customer-with-company")
      await widget.getByRole("link", { name: COMPANY.name }).click()
      await page.waitForURL(new RegExp(`/app/companies/${state.companyId}$`))
      await page.getByRole("heading", { name: COMPANY.name }).first().waitFor()
    },
  },
  {
    name: "a customer without a company gets the 'No company' state",
    async run({ page, screenshot, seed }) {
      await page.goto(`/app/customers/${seed.retailCustomer.id}`)
      const widget = page.getByTestId("customer-company-widget")
      await widget.getByText("No company").waitFor()
      await screenshot("customer-without-company")
    },
  },
  {
    name: "removing the employee after confirmation detaches the customer",
    async run({ page, seed, state }) {
      await page.goto(`/app/companies/${state.companyId}`)
      const row = page.getByTestId("employee-row").filter({ hasText: seed.buyer.email })
      await row.getByRole("button", { name: /^Actions for/ }).click()
      await page.getByRole("menuitem", { name: "Remove" }).click()
      await page.getByRole("alertdialog").getByRole("button", { name: "Remove" }).click()
      await page.getByText("No employees yet").waitFor()
      await page.goto(`/app/customers/${seed.buyer.id}`)
      await page.getByTestId("customer-company-widget").getByText("No company").waitFor()
    },
  },
  {
    name: "deleting the company asks to type its name, then returns to the list",
    async run({ page, screenshot, state }) {
      await page.goto(`/app/companies/${state.companyId}`)
      await page.getByRole("heading", { name: COMPANY.name }).first().waitFor()
      await page.getByRole("button", { name: "Actions" }).first().click()
      await page.getByRole("menuitem", { name: "Delete" }).click()
      const prompt = page.getByRole("alertdialog")
      await prompt.locator("input").fill(COMPANY.name)
      await screenshot("delete-company")
      await prompt.getByRole("button", { name: "Delete" }).click()
      await page.waitForURL(/\/app\/companies$/)
      await page.getByPlaceholder("Search name, tax ID, email").fill(COMPANY.tax_id)
      await page.getByText("No matching companies").waitFor()
    },
  },
]
