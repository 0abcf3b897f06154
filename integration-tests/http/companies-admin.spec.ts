import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { INotificationModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { seedStoreBasics, type StoreBasics } from "../../seed/store"
import { adminHeaders, registerCustomer, type RegisteredCustomer } from "../helpers/auth"
import { eventually, failure } from "../helpers/requests"

/** The rows of a CSV without quoted line breaks, split into cells (the export quotes only where needed). */
const csvRows = (text: string) =>
  text
    .trim()
    .split("\n")
    .map((line) => line.split(","))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let basics: StoreBasics
    let admin: { headers: Record<string, string>; user_id: string }
    const run = Date.now().toString(36)

    const createCompany = async (body: Record<string, unknown>) =>
      (await api.post("/admin/companies", body, admin)).data.company as { id: string; name: string; price_list_id: string; customer_group_id: string }
    const statusOf = async (id: string) => (await api.get(`/admin/companies/${id}`, admin)).data.company.status
    const notificationsTo = (to: string, template: string) =>
      eventually(async () => {
        const notifications = getContainer().resolve<INotificationModuleService>(Modules.NOTIFICATION)
        // The filter's types do not list `to` and `template`, which the module filters on.
        const sent = await notifications.listNotifications({ to, template } as never)
        return sent.length ? sent : null
      })

    let applicant: RegisteredCustomer
    let second: RegisteredCustomer
    let applied: { id: string }
    let refused: { id: string }
    const tag = `Sort${run}`
    let apple: { id: string }
    let banana: { id: string }
    let cherry: { id: string }

    // Everything the tests start from is made here: the runner restores this state before each test.
    beforeAll(async () => {
      const container = getContainer()
      basics = await seedStoreBasics(container)
      admin = await adminHeaders(container)
      applicant = await registerCustomer(api, basics.publishableKey, { email: `pia.${run}@fresh.test` })
      second = await registerCustomer(api, basics.publishableKey, { email: `max.${run}@shady.test` })
      applied = (await api.post("/store/companies", { name: `Fresh Start ${run}` }, applicant.headers)).data.company
      refused = (await api.post("/store/companies", { name: `Shady Deals ${run}` }, second.headers)).data.company
      // Lower- and upper-case initials: byte order would put "Banana" before "apple".
      cherry = await createCompany({ name: `cherry ${tag}`, tax_id: "C-1", email: "buy@cherry.test" })
      banana = await createCompany({ name: `Banana ${tag}`, tax_id: "B-1", status: "on_hold" })
      apple = await createCompany({ name: `apple ${tag}`, tax_id: "=HYPERLINK(1)" })
    })

    describe("applications", () => {
      it("lists pending applications with their count", async () => {
        const { data } = await api.get("/admin/companies?status=pending&limit=1", admin)
        expect(data.count).toBeGreaterThanOrEqual(2)
        const all = await api.get("/admin/companies?status=pending&limit=100", admin)
        expect(all.data.companies.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining([applied.id, refused.id]))
      })

      it("approving activates the company and tells the applicant through the notification provider", async () => {
        const { data } = await api.post(`/admin/companies/${applied.id}/approve`, {}, admin)
        expect(data.company).toMatchObject({ id: applied.id, status: "active" })
        expect(data.company.metadata.b2b_application).toMatchObject({ decision: "approved", decided_by: admin.user_id })
        const [sent] = (await notificationsTo(applicant.customer.email, "b2b-company-approved")) ?? []
        expect(sent).toMatchObject({ channel: "email", resource_id: applied.id, data: { decision: "approved", company_id: applied.id } })
        // The buyer may order now: the store says the company is active.
        const me = await api.get("/store/companies/me", applicant.headers)
        expect(me.data.company.status).toBe("active")

        // An application is decided once: approving or rejecting an active company is refused.
        const again = await failure(api.post(`/admin/companies/${applied.id}/approve`, {}, admin))
        expect(again.status).toBe(400)
        expect(again.message).toMatch(/is active, not pending/)
        const reject = await failure(api.post(`/admin/companies/${applied.id}/reject`, { reason: "late" }, admin))
        expect(reject.status).toBe(400)
        expect(await statusOf(applied.id)).toBe("active")
      })

      it("rejecting needs a reason, blocks the company and passes the reason on", async () => {
        const blank = await failure(api.post(`/admin/companies/${refused.id}/reject`, { reason: "  " }, admin))
        expect(blank.status).toBe(400)
        expect(blank.message).toMatch(/reason is required/)
        expect(await statusOf(refused.id)).toBe("pending")

        const { data } = await api.post(`/admin/companies/${refused.id}/reject`, { reason: "No trade registration found" }, admin)
        expect(data.company).toMatchObject({ status: "blocked" })
        expect(data.company.metadata.b2b_application).toMatchObject({ decision: "rejected", reason: "No trade registration found" })
        const [sent] = (await notificationsTo(second.customer.email, "b2b-company-rejected")) ?? []
        expect(sent?.data).toMatchObject({ decision: "rejected", reason: "No trade registration found" })
      })

      it("a missing company is 404 for approve and reject", async () => {
        expect((await failure(api.post("/admin/companies/comp_missing/approve", {}, admin))).status).toBe(404)
        expect((await failure(api.post("/admin/companies/comp_missing/reject", { reason: "x" }, admin))).status).toBe(404)
      })
    })

    describe("the companies list, its export and bulk status", () => {
      it("sorts by name without regard to case, both ways, and pages in that order", async () => {
        const names = async (order: string, extra = "") =>
          (await api.get(`/admin/companies?q=${tag}&order=${order}${extra}`, admin)).data.companies.map((c: { name: string }) => c.name)
        expect(await names("name")).toEqual([`apple ${tag}`, `Banana ${tag}`, `cherry ${tag}`])
        expect(await names("-name")).toEqual([`cherry ${tag}`, `Banana ${tag}`, `apple ${tag}`])
        expect(await names("name", "&limit=1&offset=1")).toEqual([`Banana ${tag}`])
        const page = await api.get(`/admin/companies?q=${tag}&order=name&limit=1&offset=1&status=on_hold`, admin)
        expect(page.data).toMatchObject({ count: 1, offset: 1, limit: 1, companies: [] })
      })

      it("exports the companies the filters match as CSV, in the list's order", async () => {
        const res = await api.get(`/admin/companies/export?q=${tag}&order=name`, admin)
        expect(res.status).toBe(200)
        const rows = csvRows(res.data as string)
        expect(rows[0].slice(0, 4)).toEqual(["id", "name", "legal_name", "tax_id"])
        expect(rows.slice(1).map((r) => r[1])).toEqual([`apple ${tag}`, `Banana ${tag}`, `cherry ${tag}`])
        // A tax id a spreadsheet would run as a formula is exported as text.
        expect(rows[1][3]).toBe("'=HYPERLINK(1)")
        const held = csvRows((await api.get(`/admin/companies/export?q=${tag}&status=on_hold`, admin)).data)
        expect(held).toHaveLength(2)
        expect(held[1][0]).toBe(banana.id)
        expect(held[1][held[0].indexOf("status")]).toBe("on_hold")
        expect((await failure(api.get("/admin/companies/export?status=closed", admin))).status).toBe(400)
        expect((await failure(api.get("/admin/companies/export?order=notes", admin))).status).toBe(400)
      })

      it("puts many companies on hold at once, and activates them again", async () => {
        const { data } = await api.post("/admin/companies/batch/status", { ids: [apple.id, cherry.id], status: "on_hold" }, admin)
        expect(data).toMatchObject({ changed: 2 })
        expect([await statusOf(apple.id), await statusOf(cherry.id)]).toEqual(["on_hold", "on_hold"])
        const back = await api.post("/admin/companies/batch/status", { ids: [apple.id, banana.id, cherry.id], status: "active" }, admin)
        expect(back.data.changed).toBe(3)
        expect(await statusOf(banana.id)).toBe("active")
      })

      it("changes no company when one id is unknown, and refuses a bad status or an empty list", async () => {
        const missing = await failure(api.post("/admin/companies/batch/status", { ids: [apple.id, "comp_nope"], status: "blocked" }, admin))
        expect(missing.status).toBe(404)
        expect(missing.message).toMatch(/comp_nope/)
        expect(await statusOf(apple.id)).toBe("active")
        expect((await failure(api.post("/admin/companies/batch/status", { ids: [apple.id], status: "closed" }, admin))).status).toBe(400)
        expect((await failure(api.post("/admin/companies/batch/status", { ids: [], status: "active" }, admin))).status).toBe(400)
      })
    })

    describe("a customer's company, and a customer without one", () => {
      it("answers the customer's company in a list, and an empty list (no error) for a customer without one", async () => {
        const buyer = await registerCustomer(api, basics.publishableKey, { email: `ben.${run}@acme.test` })
        const retail = await registerCustomer(api, basics.publishableKey, { email: `walk.${run}@in.test` })
        const acme = await createCompany({ name: `Acme ${run}` })
        await api.post(`/admin/companies/${acme.id}/employees`, { customer_id: buyer.customer.id, role: "buyer" }, admin)

        const none = await api.get(`/admin/companies?customer_id=${retail.customer.id}&fields=*employees`, admin)
        expect(none.status).toBe(200)
        expect(none.data).toMatchObject({ companies: [], count: 0 })
        const found = await api.get(`/admin/companies?customer_id=${buyer.customer.id}&fields=*employees`, admin)
        expect(found.data.companies.map((c: { id: string }) => c.id)).toEqual([acme.id])
        expect(found.data.companies[0].employees).toEqual([expect.objectContaining({ customer_id: buyer.customer.id, role: "buyer" })])
      })
    })

    describe("company price lists and customer groups on Medusa's own pages", () => {
      it("are marked with the company and cannot be deleted there; other lists and groups can", async () => {
        const company = await createCompany({ name: `Guarded ${run}` })
        const list = (await api.get(`/admin/price-lists/${company.price_list_id}`, admin)).data.price_list
        expect(list.metadata).toMatchObject({ b2b_company_id: company.id })
        const group = (await api.get(`/admin/customer-groups/${company.customer_group_id}`, admin)).data.customer_group
        expect(group.metadata).toMatchObject({ b2b_company_id: company.id })

        const listRefusal = await failure(api.delete(`/admin/price-lists/${company.price_list_id}`, admin))
        expect(listRefusal.status).toBe(400)
        expect(listRefusal.message).toMatch(/Delete the company instead/)
        const groupRefusal = await failure(api.delete(`/admin/customer-groups/${company.customer_group_id}`, admin))
        expect(groupRefusal.status).toBe(400)
        expect((await api.get(`/admin/price-lists/${company.price_list_id}`, admin)).status).toBe(200)

        const plain = (await api.post("/admin/customer-groups", { name: `Retail ${run}` }, admin)).data.customer_group
        expect((await api.delete(`/admin/customer-groups/${plain.id}`, admin)).data).toMatchObject({ deleted: true })
        // Deleting the company still removes both.
        await api.delete(`/admin/companies/${company.id}`, admin)
        expect((await failure(api.get(`/admin/price-lists/${company.price_list_id}`, admin))).status).toBe(404)
      })
    })
  },
})
