import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { parse } from "csv-parse/sync"
import { seedStoreBasics, type StoreBasics } from "../../seed/store"
import { adminHeaders, registerCustomer, type RegisteredCustomer } from "../helpers/auth"
import { pdfText } from "../helpers/pdf-text"
import { failure } from "../helpers/requests"
import { CREDIT_MODULE } from "../../src/modules/credit"
import { formatMoney } from "../../src/lib/documents"
import markOverdueCharges from "../../src/jobs/mark-overdue-charges"
import { CreditEvents } from "../../src/workflows/credit/overdue-events"

jest.setTimeout(300_000)

const DAY = 24 * 60 * 60 * 1000
const NOW = Date.now()
const daysAgo = (days: number) => new Date(NOW - days * DAY)
const day = (date: Date) => date.toISOString().slice(0, 10)

type Entry = { type: "charge" | "payment" | "credit_note" | "adjustment"; direction: "debit" | "credit"; amount: string; occurred_at: Date; due_at?: Date; reference?: string; state?: "open" | "pending" | "void" }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let basics: StoreBasics
    let admin: { headers: Record<string, string> }
    let companyAdmin: RegisteredCustomer
    let buyer: RegisteredCustomer
    let outsider: RegisteredCustomer
    const companies: Record<string, { id: string; charges: string[] }> = {}

    const credit = () => getContainer().resolve(CREDIT_MODULE) as any

    /** Writes entries straight into a company's books, dated in the past (the routes date them now). */
    async function book(companyId: string, entries: Entry[]) {
      const service = credit()
      let [account] = await service.listCreditAccounts({ company_id: companyId })
      if (!account) account = await service.createCreditAccounts({ company_id: companyId, currency_code: "eur" })
      const created = await service.createCreditLedgerEntries(
        entries.map((entry) => ({
          account_id: account.id,
          company_id: companyId,
          currency_code: "eur",
          reference: null,
          due_at: null,
          state: entry.type === "charge" ? "open" : null,
          ...entry,
        }))
      )
      return created.map((entry: { id: string }) => entry.id)
    }

    let payments = 0
    async function allocate(companyId: string, chargeId: string, amount: string) {
      const service = credit()
      const [account] = await service.listCreditAccounts({ company_id: companyId })
      const [payment] = await book(companyId, [{ type: "payment", direction: "credit", amount, occurred_at: new Date(), reference: `pay-${++payments}` }])
      await service.createCreditAllocations({ account_id: account.id, source_entry_id: payment, charge_entry_id: chargeId, amount })
    }

    beforeAll(async () => {
      const container = getContainer()
      basics = await seedStoreBasics(container)
      admin = await adminHeaders(container)
      const create = async (key: string, body: Record<string, unknown>) => {
        const { data } = await api.post("/admin/companies", { currency_code: "eur", ...body }, admin)
        companies[key] = { id: data.company.id, charges: [] }
      }
      await create("romashka", {
        name: "Romashka",
        legal_name: "ООО «Ромашка»",
        tax_id: "7701234567",
        payment_terms: "net",
        net_days: 30,
        credit_limit: 5000,
        overdue_hold_days: 10,
        contract_number: "Д-17/2026",
        contract_date: "2026-01-15T00:00:00.000Z",
      })
      await create("dvorak", { name: "Dvořák Stavby", payment_terms: "net", net_days: 14, credit_limit: 3000 })
      await create("held", { name: "Held By Admin", payment_terms: "net", net_days: 14, credit_limit: 3000, overdue_hold_days: 5 })
      await create("quiet", { name: "Quiet Builders", payment_terms: "net", net_days: 14, credit_limit: 3000 })

      // Romashka: a charge 45 days late, one paid, one not yet due; a credit note inside the period.
      companies.romashka.charges = await book(companies.romashka.id, [
        { type: "charge", direction: "debit", amount: "1200.10", occurred_at: daysAgo(75), due_at: daysAgo(45), reference: "INV-1" },
        { type: "payment", direction: "credit", amount: "200.05", occurred_at: daysAgo(70), reference: "SWIFT 1" },
        { type: "charge", direction: "debit", amount: "300.20", occurred_at: daysAgo(20), due_at: daysAgo(-10), reference: "INV-2" },
        { type: "credit_note", direction: "credit", amount: "50.10", occurred_at: daysAgo(15), reference: "CN-1" },
        { type: "charge", direction: "debit", amount: "99", occurred_at: daysAgo(5), state: "pending" },
      ])
      // Dvořák: 5 days late, more money than Romashka's overdue.
      companies.dvorak.charges = await book(companies.dvorak.id, [
        { type: "charge", direction: "debit", amount: "2000", occurred_at: daysAgo(19), due_at: daysAgo(5), reference: "INV-7" },
      ])
      companies.held.charges = await book(companies.held.id, [
        { type: "charge", direction: "debit", amount: "10", occurred_at: daysAgo(40), due_at: daysAgo(26), reference: "INV-9" },
      ])
      companies.quiet.charges = await book(companies.quiet.id, [
        { type: "charge", direction: "debit", amount: "500", occurred_at: daysAgo(3), due_at: daysAgo(-11), reference: "INV-Q" },
      ])
      await api.post(`/admin/companies/${companies.held.id}`, { status: "on_hold" }, admin)

      companyAdmin = await registerCustomer(api, basics.publishableKey, { email: "anna@romashka.test" })
      buyer = await registerCustomer(api, basics.publishableKey, { email: "ben@romashka.test" })
      outsider = await registerCustomer(api, basics.publishableKey, { email: "olga@nowhere.test" })
      await api.post(`/admin/companies/${companies.romashka.id}/employees`, { customer_id: companyAdmin.customer.id, role: "admin" }, admin)
      await api.post(`/admin/companies/${companies.romashka.id}/employees`, { customer_id: buyer.customer.id, role: "buyer" }, admin)
    })

    describe("statement of account", () => {
      const period = () => ({ from: day(daysAgo(30)), to: day(new Date()) })

      it("opens with what was owed before the period and closes with opening + debits − credits", async () => {
        const { from, to } = period()
        const { data } = await api.get(`/admin/companies/${companies.romashka.id}/statement?from=${from}&to=${to}`, admin)
        const { statement } = data
        expect(statement).toMatchObject({ company_id: companies.romashka.id, currency_code: "eur", from, to })
        expect(statement.opening_balance).toBe("1000.05")
        // the pending charge is held credit, not a debt: it is not on the statement
        expect(statement.entries.map((e: { debit: string; credit: string }) => [e.debit, e.credit])).toEqual([
          ["300.2", "0"],
          ["0", "50.1"],
        ])
        expect(statement.closing_balance).toBe("1250.15")
        const sum = statement.entries.reduce(
          (acc: ReturnType<typeof MathBN.convert>, e: { debit: string; credit: string }) => MathBN.sub(MathBN.add(acc, e.debit), e.credit),
          MathBN.convert(statement.opening_balance)
        )
        expect(MathBN.eq(sum, statement.closing_balance)).toBe(true)
      })

      it("gives the same numbers as CSV and in the PDF's text, with both parties and the contract", async () => {
        const { from, to } = period()
        const base = `/admin/companies/${companies.romashka.id}/statement?from=${from}&to=${to}`
        const { data } = await api.get(base, admin)
        const csv = await api.get(`${base}&format=csv`, admin)
        expect(csv.status).toBe(200)
        const rows = parse(csv.data, { columns: true }) as Record<string, string>[]
        expect(rows.map((row) => [row.type, row.reference, row.debit, row.credit, row.balance])).toEqual([
          ["charge", "INV-2", "300.20", "0.00", "1300.25"],
          ["credit_note", "CN-1", "0.00", "50.10", "1250.15"],
        ])

        const pdf = await api.get(`${base}&format=pdf`, { ...admin, responseType: "arraybuffer" } as any)
        expect(pdf.headers["content-type"]).toContain("application/pdf")
        const text = await pdfText(Buffer.from(pdf.data))
        expect(text).toContain("ООО «Ромашка»")
        expect(text).toContain("Contract No. Д-17/2026")
        for (const amount of [data.statement.opening_balance, "300.2", "50.1", data.statement.closing_balance]) {
          expect(text).toContain(formatMoney(amount, "eur"))
        }
        expect(text.match(/Signature, name, date/g)).toHaveLength(2)
      })

      it("names bad periods and formats with a 400", async () => {
        const url = `/admin/companies/${companies.romashka.id}/statement`
        expect(await failure(api.get(`${url}?from=2026-02-30&to=2026-03-01`, admin))).toMatchObject({ status: 400, message: expect.stringContaining("from must be a date") })
        expect(await failure(api.get(`${url}?from=2026-03-02&to=2026-03-01`, admin))).toMatchObject({ status: 400, message: expect.stringContaining("on or before") })
        expect(await failure(api.get(`${url}?to=2026-03-01`, admin))).toMatchObject({ status: 400, message: expect.stringContaining("'from' is required") })
        expect(await failure(api.get(`${url}?from=2026-03-01&to=2026-03-01&format=xls`, admin))).toMatchObject({ status: 400, message: expect.stringContaining("for field 'format'") })
        expect(await failure(api.get(`/admin/companies/comp_missing/statement?from=2026-03-01&to=2026-03-01`, admin))).toMatchObject({ status: 404 })
      })

      it("lets a company admin read their own statement, and nobody else in the store", async () => {
        const { from, to } = period()
        const url = `/store/companies/me/statement?from=${from}&to=${to}`
        const { data } = await api.get(url, companyAdmin.headers)
        expect(data.statement).toMatchObject({ company_id: companies.romashka.id, closing_balance: "1250.15" })
        expect(await failure(api.get(url, buyer.headers))).toMatchObject({ status: 403 })
        expect(await failure(api.get(url, outsider.headers))).toMatchObject({ status: 404 })
      })
    })

    describe("receivables", () => {
      it("lists what each company owes by days past due, the most overdue first, from one query", async () => {
        const { data } = await api.get("/admin/receivables", admin)
        expect(data).toMatchObject({ count: 4, offset: 0, limit: 20 })
        expect(data.receivables.map((r: { company_name: string }) => r.company_name)).toEqual(["Dvořák Stavby", "Romashka", "Held By Admin", "Quiet Builders"])
        const romashka = data.receivables[1]
        expect(romashka).toMatchObject({ currency_code: "eur", balance: "1250.15", overdue_amount: "1200.1" })
        expect(romashka.buckets).toEqual({ current: "300.2", d1_30: "0", d31_60: "1200.1", d61_90: "0", d90_plus: "0" })
        expect(data.receivables[0].buckets).toMatchObject({ d1_30: "2000", current: "0" })
        expect(data.receivables[3]).toMatchObject({ overdue_amount: "0", buckets: { current: "500" } })
      })

      it("searches by company name and pages in the database", async () => {
        const found = await api.get("/admin/receivables?q=dvo", admin)
        expect(found.data.receivables.map((r: { company_id: string }) => r.company_id)).toEqual([companies.dvorak.id])
        expect(found.data.count).toBe(1)
        const second = await api.get("/admin/receivables?limit=2&offset=2", admin)
        expect(second.data).toMatchObject({ count: 4, offset: 2, limit: 2 })
        expect(second.data.receivables.map((r: { company_name: string }) => r.company_name)).toEqual(["Held By Admin", "Quiet Builders"])
        const past = await api.get("/admin/receivables?limit=2&offset=10", admin)
        expect(past.data).toMatchObject({ count: 4, receivables: [] })
        expect(await failure(api.get("/admin/receivables?limit=-1", admin))).toMatchObject({ status: 400 })
      })
    })

    describe("the overdue job", () => {
      it("announces each overdue charge once, holds a company overdue too long and releases it when paid, never an admin's hold", async () => {
        const container = getContainer()
        const eventBus = container.resolve(Modules.EVENT_BUS)
        const emit = jest.spyOn(eventBus, "emit")
        const overdueEvents = () =>
          emit.mock.calls.flatMap(([messages]) => (Array.isArray(messages) ? messages : [messages])).filter((m: { name: string }) => m.name === CreditEvents.CHARGE_OVERDUE)
        try {
          const first = await markOverdueCharges(container)
          const second = await markOverdueCharges(container)
          const expected = [companies.romashka.charges[0], companies.dvorak.charges[0], companies.held.charges[0]].sort()
          expect(first.marked.map((c) => c.id).sort()).toEqual(expected)
          expect(second.marked).toEqual([])
          expect(overdueEvents().map((m) => (m.data as { id: string }).id).sort()).toEqual(expected)
        } finally {
          emit.mockRestore()
        }
        const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const marks = await knex("credit_ledger_entry").whereIn("id", companies.romashka.charges).select("id", "overdue_marked_at")
        expect(marks.filter((row: { overdue_marked_at: Date | null }) => row.overdue_marked_at).map((row: { id: string }) => row.id)).toEqual([companies.romashka.charges[0]])

        const company = async (key: string) => (await api.get(`/admin/companies/${companies[key].id}`, admin)).data.company
        // 45 days late against a 10-day hold: held by the job; Dvořák has no overdue hold in its terms
        expect(await company("romashka")).toMatchObject({ status: "on_hold", hold_reason: "overdue" })
        expect(await company("dvorak")).toMatchObject({ status: "active", hold_reason: null })
        expect(await company("held")).toMatchObject({ status: "on_hold", hold_reason: "admin" })

        // part of the overdue paid: still held; all of it: released. The admin's hold stays after payment.
        await allocate(companies.romashka.id, companies.romashka.charges[0], "1000")
        await markOverdueCharges(container)
        expect(await company("romashka")).toMatchObject({ status: "on_hold", hold_reason: "overdue" })
        await allocate(companies.romashka.id, companies.romashka.charges[0], "200.1")
        await allocate(companies.held.id, companies.held.charges[0], "10")
        await markOverdueCharges(container)
        expect(await company("romashka")).toMatchObject({ status: "active", hold_reason: null })
        expect(await company("held")).toMatchObject({ status: "on_hold", hold_reason: "admin" })
      })
    })
  },
})
