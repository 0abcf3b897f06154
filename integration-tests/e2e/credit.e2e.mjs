// The company's account as the merchant keeps it: a company buying on account owes 300 after a debit
// adjustment; the merchant records a payment of 100 in the company page's drawer and sees the balance fall and
// what the company may still buy rise; the receivables page lists the company with what it owes.
import { check, waitForToast } from "./support/steps.mjs"

export const name = "payment terms and credit"

export async function seed({ api, run, state }) {
  const { company } = await api.post("/admin/companies", {
    name: `Baustoff Kredit ${run}`,
    currency_code: "eur",
    payment_terms: "net",
    net_days: 30,
    credit_limit: 1000,
  })
  const { credit } = await api.post(`/admin/companies/${company.id}/adjustments`, { amount: 300, direction: "debit", reason: "Opening balance carried over" })
  check(Number(credit.balance) === 300, `after the debit the company owes 300, got ${credit.balance}`)
  state.company = company
}

export const steps = [
  {
    name: "the company page shows the terms, what the company owes and what it may still buy",
    async run({ page, screenshot, state }) {
      await page.goto(`/app/companies/${state.company.id}`)
      const section = page.getByTestId("payment-terms-section")
      await section.getByRole("heading", { name: "Payment terms and credit" }).waitFor()
      await section.getByText("Net (on account), 30 days").waitFor()
      await section.getByTestId("credit-balance").filter({ hasText: "300.00" }).waitFor()
      await section.getByTestId("credit-available").filter({ hasText: "700.00" }).waitFor()
      await section.getByText("Opening balance carried over").waitFor()
      await section.scrollIntoViewIfNeeded()
      await screenshot("payment-terms-section")
    },
  },
  {
    name: "the merchant records a payment; balance and available change",
    async run({ page, screenshot, state, api }) {
      const section = page.getByTestId("payment-terms-section")
      await section.getByRole("button", { name: "Record payment" }).click()
      const drawer = page.getByRole("dialog")
      await drawer.getByRole("heading", { name: "Record payment" }).waitFor()
      // Sending it empty names what is missing.
      await drawer.getByRole("button", { name: "Record payment" }).click()
      await drawer.getByText("Enter the amount received, more than 0.").waitFor()
      await page.locator("#payment-amount").fill("100")
      await page.locator("#payment-reference").fill(`SWIFT ${state.company.id}`)
      await screenshot("record-payment-drawer")
      await drawer.getByRole("button", { name: "Record payment" }).click()
      await waitForToast(page, "Payment recorded")
      await drawer.waitFor({ state: "hidden" })
      await section.getByTestId("credit-balance").filter({ hasText: "200.00" }).waitFor()
      await section.getByTestId("credit-available").filter({ hasText: "800.00" }).waitFor()
      await screenshot("payment-recorded")
      const { credit } = await api.get(`/admin/companies/${state.company.id}/credit`)
      check(Number(credit.balance) === 200 && Number(credit.available) === 800, `the server says balance 200, available 800, got ${credit.balance} and ${credit.available}`)
    },
  },
  {
    name: "the receivables page lists the company with its balance",
    async run({ page, screenshot, state }) {
      await page.goto("/app/receivables")
      const table = page.getByTestId("receivables-page")
      await table.getByRole("heading", { name: "Receivables" }).waitFor()
      await page.getByPlaceholder("Search company name").fill(state.company.name)
      const row = table.getByRole("row").filter({ hasText: state.company.name })
      await row.waitFor()
      const text = await row.innerText()
      check(text.includes("200.00"), `the company's row shows what it owes (200.00): ${text}`)
      await screenshot("receivables")
    },
  },
]
