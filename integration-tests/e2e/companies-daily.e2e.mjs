// The merchant's daily work on the Companies page: the applications queue (approve, reject with a reason),
// a company whose long name has no spaces (it stays inside its card in the list and on its page), search and
// filter kept in the URL, the CSV export, putting several companies on hold at once, and every plugin page
// (and Medusa's pages the plugin adds to) opening without a console error or a failed request, a customer
// without a company included. Deleting a company asks for nothing more about it.
import fs from "node:fs"
import { logInCustomer, registerCustomer, storeClient } from "./support/api.mjs"
import { check, waitForToast } from "./support/steps.mjs"

export const name = "companies: applications, long names, export, bulk status"

/** Asserts that nothing failed since the last call: no request answered 400 or more, no console error. */
function expectNoFailures(takeFailures, where) {
  const { requests, console: errors } = takeFailures()
  check(!requests.length, `${where}: failed requests: ${requests.join("; ")}`)
  check(!errors.length, `${where}: console errors: ${errors.join("; ")}`)
}

/** The element's box; throws when it is not rendered. */
async function boxOf(locator, what) {
  const box = await locator.boundingBox()
  check(box, `${what} is not rendered`)
  return box
}

const inside = (inner, outer) =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5
const overlap = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

export async function seed({ api, origin, seed: { publishableKey }, run, state }) {
  state.tag = `Daily${run}`
  // One word of 120 letters: nothing for the browser to wrap at.
  state.longName = `${state.tag}${"Grosshandelsgesellschaft".repeat(5)}`
  state.long = (await api.post("/admin/companies", { name: state.longName, email: `long.${run}@example.com`, tax_id: `L${run}` })).company
  state.other = (await api.post("/admin/companies", { name: `${state.tag} Baustoffe`, tax_id: `B${run}` })).company
  const apply = async (who, companyName) => {
    const customer = await registerCustomer(origin, publishableKey, { email: `${who}.${run}@apply.example`, password: "supersecret", first_name: who, last_name: "Applicant" })
    const store = storeClient(origin, publishableKey, await logInCustomer(origin, { email: customer.email, password: "supersecret" }))
    const { status, data } = await store.post("/store/companies", { name: companyName })
    check(status === 200, `applying for ${companyName} answered ${status}: ${JSON.stringify(data)}`)
    return { customer, company: data.company }
  }
  state.approvable = await apply("pia", `${state.tag} Fresh Start`)
  state.rejectable = await apply("max", `${state.tag} Shady Deals`)
}

export const steps = [
  {
    name: "the applications queue shows how many wait, and approving opens the account",
    async run({ page, api, state, screenshot, takeFailures }) {
      const { count } = await api.get("/admin/companies?status=pending&limit=1")
      await page.goto("/app/companies")
      const queue = page.getByTestId("applications-queue")
      await queue.getByRole("heading", { name: "Applications" }).waitFor()
      const shown = await queue.getByTestId("applications-count").innerText()
      check(Number(shown) === count, `the queue shows ${shown} applications, the server has ${count}`)
      const row = queue.getByTestId("application-row").filter({ hasText: state.approvable.company.name })
      check((await row.innerText()).includes("pia Applicant"), "the queue names the applicant")
      await screenshot("applications-queue")
      await row.getByRole("button", { name: "Approve" }).click()
      await waitForToast(page, "was approved")
      await row.waitFor({ state: "detached" })
      const { company } = await api.get(`/admin/companies/${state.approvable.company.id}`)
      check(company.status === "active", `the approved company is ${company.status}`)
      expectNoFailures(takeFailures, "approving")
    },
  },
  {
    name: "rejecting an application asks for a reason and blocks the company",
    async run({ page, api, state, screenshot }) {
      const row = page.getByTestId("application-row").filter({ hasText: state.rejectable.company.name })
      await row.getByRole("button", { name: "Reject" }).click()
      const drawer = page.getByRole("dialog")
      await drawer.getByRole("button", { name: "Reject", exact: true }).click()
      await drawer.getByText("Give the applicant a reason.").waitFor()
      await page.locator("#reject-reason").fill("No trade registration found")
      await screenshot("reject-application")
      await drawer.getByRole("button", { name: "Reject", exact: true }).click()
      await waitForToast(page, "was rejected")
      await row.waitFor({ state: "detached" })
      const { company } = await api.get(`/admin/companies/${state.rejectable.company.id}`)
      check(company.status === "blocked", `the rejected company is ${company.status}`)
      check(company.metadata?.b2b_application?.reason === "No trade registration found", "the reason is kept with the company")
    },
  },
  {
    name: "search, filter and order live in the URL and survive a reload",
    async run({ page, state }) {
      await page.goto("/app/companies")
      await page.getByPlaceholder("Search name, tax ID, email").fill(state.tag)
      await page.waitForURL((url) => url.searchParams.get("q") === state.tag)
      await page.getByRole("row").filter({ hasText: `${state.tag} Baustoffe` }).waitFor()
      await page.goto(`/app/companies?q=${state.tag}&status=blocked`)
      await page.getByRole("row").filter({ hasText: state.rejectable.company.name }).waitFor()
      check(
        (await page.getByRole("row").filter({ hasText: `${state.tag} Baustoffe` }).count()) === 0,
        "the status filter from the URL applies"
      )
      check((await page.getByPlaceholder("Search name, tax ID, email").inputValue()) === state.tag, "the search box shows the URL's search")
      await page.goto(`/app/companies?q=${state.tag}&order=-name`)
      const names = await page.getByTestId("company-list-name").allInnerTexts()
      const sorted = [...names].sort((a, b) => b.toLowerCase().localeCompare(a.toLowerCase()))
      check(JSON.stringify(names) === JSON.stringify(sorted), `the list is ordered by name, descending: ${names.join(" | ")}`)
    },
  },
  {
    name: "a long name without spaces stays inside its card in the list and on the company's page",
    async run({ page, state, screenshot }) {
      await page.goto(`/app/companies?q=${state.long.tax_id}`)
      const card = page.getByTestId("companies-list")
      const row = page.getByRole("row").filter({ hasText: state.tag })
      await row.first().waitFor()
      const cardBox = await boxOf(card, "the companies card")
      const nameBox = await boxOf(row.getByTestId("company-list-name"), "the name cell")
      const badgeBox = await boxOf(row.getByText("Active", { exact: true }), "the status badge")
      await screenshot("long-name-list")
      check(inside(nameBox, cardBox), `the name ${JSON.stringify(nameBox)} stays inside the card ${JSON.stringify(cardBox)}`)
      check(inside(badgeBox, cardBox), `the status badge ${JSON.stringify(badgeBox)} stays inside the card`)
      check(!overlap(nameBox, badgeBox), "the name does not cover the status badge")
      check((await row.getByTestId("company-list-name").getAttribute("title")) === state.longName, "the full name is in the title")

      await page.goto(`/app/companies/${state.long.id}`)
      const heading = page.getByTestId("company-name")
      await heading.waitFor()
      const section = page.getByTestId("company-general-section")
      const sectionBox = await boxOf(section, "the general section")
      const headingBox = await boxOf(heading, "the company's name")
      const statusBox = await boxOf(section.getByText("Active", { exact: true }), "the status badge")
      const menuBox = await boxOf(section.getByRole("button", { name: "Actions" }).first(), "the action menu")
      await screenshot("long-name-detail")
      check(inside(headingBox, sectionBox), `the name ${JSON.stringify(headingBox)} stays inside its card ${JSON.stringify(sectionBox)}`)
      check(inside(menuBox, sectionBox), "the action menu stays inside the card")
      check(inside(statusBox, sectionBox), "the status badge stays inside the card")
      check(!overlap(headingBox, menuBox), "the name does not cover the action menu")
      check(!overlap(headingBox, statusBox), "the name does not cover the status")
      check((await heading.getAttribute("title")) === state.longName, "the full name is in the title")
    },
  },
  {
    name: "the export downloads the filtered list as CSV",
    async run({ page, state }) {
      await page.goto(`/app/companies?q=${state.tag}&order=name`)
      await page.getByRole("row").filter({ hasText: `${state.tag} Baustoffe` }).waitFor()
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export" }).click()])
      const csv = fs.readFileSync(await download.path(), "utf8")
      const lines = csv.trim().split("\n")
      check(lines[0].startsWith("id,name,legal_name,tax_id"), `the CSV starts with its header, got: ${lines[0]}`)
      check(lines.length === 5, `the CSV holds the 4 companies the search matches, got ${lines.length - 1}`)
      check(csv.includes(state.longName) && csv.includes(`${state.tag} Baustoffe`), "the CSV holds the companies shown")
      check(download.suggestedFilename().endsWith(".csv"), `the file is a .csv, got ${download.suggestedFilename()}`)
    },
  },
  {
    name: "several companies are put on hold at once from the list",
    async run({ page, api, state, screenshot }) {
      await page.goto(`/app/companies?q=${state.tag}&status=active`)
      const rows = page.getByRole("row").filter({ hasText: state.tag })
      await rows.nth(2).waitFor()
      const ids = [state.long.id, state.other.id, state.approvable.company.id]
      for (let i = 0; i < 3; i++) {
        await rows.nth(i).getByRole("checkbox").click()
      }
      await page.getByText("3 selected").waitFor()
      await screenshot("bulk-selection")
      await page.getByRole("button", { name: "Put on hold" }).click()
      await waitForToast(page, "3 of 3 companies are now on hold")
      for (const id of ids) {
        const { company } = await api.get(`/admin/companies/${id}`)
        check(company.status === "on_hold", `${company.name} is ${company.status}`)
      }
    },
  },
  {
    name: "every plugin page opens without a console error or a failed request, a customer without a company too",
    async run({ page, api, state, seed, takeFailures }) {
      const { company } = await api.get(`/admin/companies/${state.other.id}`)
      const pages = [
        ["/app/companies", page.getByTestId("companies-list").getByRole("row").nth(1)],
        [`/app/companies/${state.long.id}`, page.getByTestId("company-name")],
        [`/app/customers/${seed.retailCustomer.id}`, page.getByTestId("customer-company-widget").getByText("No company")],
        [`/app/customers/${state.approvable.customer.id}`, page.getByTestId("customer-company-widget").getByRole("link", { name: state.approvable.company.name })],
        [`/app/price-lists/${company.price_list_id}`, page.getByTestId("company-record-notice").getByRole("link", { name: company.name })],
        [`/app/customer-groups/${company.customer_group_id}`, page.getByTestId("company-record-notice").getByRole("link", { name: company.name })],
      ]
      takeFailures()
      for (const [path, ready] of pages) {
        await page.goto(path)
        await ready.waitFor()
        // Queries still in flight when the page shows would be missed otherwise.
        await page.waitForLoadState("networkidle")
        expectNoFailures(takeFailures, path)
      }
    },
  },
  {
    name: "deleting a company returns to the list without asking for the deleted company again",
    async run({ page, state, takeFailures }) {
      await page.goto(`/app/companies/${state.other.id}`)
      await page.getByTestId("company-name").waitFor()
      await page.waitForLoadState("networkidle")
      takeFailures()
      await page.getByRole("button", { name: "Actions" }).first().click()
      await page.getByRole("menuitem", { name: "Delete" }).click()
      const prompt = page.getByRole("alertdialog")
      await prompt.locator("input").fill(`${state.tag} Baustoffe`)
      await prompt.getByRole("button", { name: "Delete" }).click()
      await page.waitForURL(/\/app\/companies$/)
      await page.getByTestId("companies-list").waitFor()
      await page.waitForLoadState("networkidle")
      expectNoFailures(takeFailures, "after deleting")
    },
  },
]
