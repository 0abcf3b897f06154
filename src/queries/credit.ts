// Reads of a company's account for the credit routes.
//
// Statements and receivables are read in SQL by `src/queries/statement.ts` and `src/queries/receivables.ts`.
import type { MedusaContainer } from "@medusajs/framework/types"
import type { Buyer } from "../lib/cart-checks/types"
import type { PaymentTerms } from "../lib/company/vocabulary"
import { paymentOptions, type PaymentOption } from "../lib/credit/terms"
import type { ChargeStatus, LedgerEntryType } from "../lib/credit/vocabulary"
import { CREDIT_MODULE } from "../modules/credit"
import type CreditModuleService from "../modules/credit/service"
import type { LedgerEntryView } from "../modules/credit/service"
import { retrieveCompany } from "./company"

const num = (value: string | null | undefined) => (value === null || value === undefined ? null : Number(value))

export const CREDIT_COMPANY_FIELDS = [
  "id", "name", "status", "currency_code", "payment_terms", "net_days", "credit_limit", "raw_credit_limit",
  "customer_group_id", "min_order_amount", "min_order_currency_code",
]

export interface CompanyCredit {
  company_id: string
  currency_code: string | null
  payment_terms: PaymentTerms
  net_days: number | null
  credit_limit: number | null
  balance: number
  held: number
  available: number
  overdue_amount: number
  oldest_due_at: Date | null
  payment_options: PaymentOption[]
}

/** The company's record as the credit figures need it; 404 for a missing company. */
export async function loadCreditCompany(container: MedusaContainer, companyId: string) {
  return (await retrieveCompany(container, companyId, CREDIT_COMPANY_FIELDS)) as Buyer["company"] & {
    raw_credit_limit?: { value?: string | number } | null
    credit_limit?: unknown
  }
}

/** What the company may still buy on account, and which of the plugin's payment methods it can use now. */
export async function companyCredit(container: MedusaContainer, companyId: string, buyer?: Buyer | null): Promise<CompanyCredit> {
  const company = await loadCreditCompany(container, companyId)
  const rawLimit = company.raw_credit_limit?.value ?? (company.credit_limit as string | number | null | undefined)
  const limit = rawLimit === null || rawLimit === undefined ? null : String(rawLimit)
  const credit = container.resolve<CreditModuleService>(CREDIT_MODULE)
  const { summary, available } = await credit.availableCredit(companyId, limit)
  const asBuyer: Buyer = buyer ?? {
    employee_id: "",
    customer_id: "",
    role: "buyer",
    spending_limit: null,
    company: { ...company, credit_limit: limit },
  }
  return {
    company_id: companyId,
    currency_code: summary.currency_code ?? company.currency_code ?? null,
    payment_terms: company.payment_terms ?? "prepaid",
    net_days: company.net_days ?? null,
    credit_limit: num(limit),
    balance: Number(summary.balance),
    held: Number(summary.held),
    available: Number(available),
    overdue_amount: Number(summary.overdue_amount),
    oldest_due_at: summary.oldest_due_at,
    payment_options: paymentOptions({ ...asBuyer, company: { ...asBuyer.company, credit_limit: limit } }, available),
  }
}

export interface LedgerFilters {
  type?: LedgerEntryType | LedgerEntryType[]
  status?: ChargeStatus | ChargeStatus[]
  order_id?: string
  from?: Date
  to?: Date
}

export const LEDGER_ENTRY_FIELDS = [
  "id", "company_id", "type", "direction", "amount", "currency_code", "order_id", "reference", "note", "occurred_at",
  "due_at", "outstanding", "status",
] as const

export type LedgerEntryResponse = Record<(typeof LEDGER_ENTRY_FIELDS)[number], unknown>

const toResponse = (entry: LedgerEntryView): LedgerEntryResponse => ({
  id: entry.id,
  company_id: entry.company_id,
  type: entry.type,
  direction: entry.direction,
  amount: Number(entry.amount),
  currency_code: entry.currency_code,
  order_id: entry.order_id,
  reference: entry.reference,
  note: entry.note,
  occurred_at: entry.occurred_at,
  due_at: entry.type === "charge" ? entry.due_at : null,
  outstanding: Number(entry.outstanding),
  status: entry.status,
})

const asList = <T>(value: T | T[] | undefined) => (value === undefined ? undefined : Array.isArray(value) ? value : [value])

/** A page of the company's ledger, filtered, newest first unless `order` says otherwise; 404 for a missing company. */
export async function companyLedger(
  container: MedusaContainer,
  companyId: string,
  filters: LedgerFilters,
  page: { limit: number; offset: number; order?: string }
) {
  await retrieveCompany(container, companyId, ["id"])
  const view = await container.resolve<CreditModuleService>(CREDIT_MODULE).ledgerView(companyId)
  const types = asList(filters.type)
  const statuses = asList(filters.status)
  const matching = view.filter(
    (e) =>
      (!types || types.includes(e.type)) &&
      (!statuses || (e.status !== null && statuses.includes(e.status))) &&
      (!filters.order_id || e.order_id === filters.order_id) &&
      (!filters.from || e.occurred_at.getTime() >= filters.from.getTime()) &&
      (!filters.to || e.occurred_at.getTime() <= filters.to.getTime())
  )
  const order = page.order ?? "-occurred_at"
  const field = order.replace(/^-/, "") as "occurred_at" | "due_at" | "amount"
  const sign = order.startsWith("-") ? -1 : 1
  const key = (e: LedgerEntryView) =>
    field === "amount" ? Number(e.amount) : field === "due_at" ? e.due_at?.getTime() ?? Number.MAX_SAFE_INTEGER : e.occurred_at.getTime()
  matching.sort((a, b) => sign * (key(a) - key(b)) || sign * a.created_at.getTime() - sign * b.created_at.getTime())
  return {
    entries: matching.slice(page.offset, page.offset + page.limit).map(toResponse),
    count: matching.length,
    offset: page.offset,
    limit: page.limit,
  }
}

/** One entry of the company's ledger with its allocations and due-date history; 404 for another company's entry. */
export async function companyLedgerEntry(container: MedusaContainer, companyId: string, entryId: string) {
  const credit = container.resolve<CreditModuleService>(CREDIT_MODULE)
  const view = await credit.ledgerView(companyId)
  const entry = view.find((e) => e.id === entryId)
  if (!entry) return null
  const [allocations, history] = await Promise.all([credit.allocationsOf([entry.id]), credit.dueHistory(entry.id)])
  // In the order they settle: a payment's charges earliest due first, a charge's payments as they came.
  const byId = new Map(view.map((e) => [e.id, e]))
  const settles = (a: { source_entry_id: string; charge_entry_id: string }) => {
    const other = byId.get(a.source_entry_id === entry.id ? a.charge_entry_id : a.source_entry_id)
    return (other?.due_at ?? other?.occurred_at)?.getTime() ?? 0
  }
  const ordered = [...allocations].sort((a, b) => settles(a) - settles(b) || a.id.localeCompare(b.id))
  return {
    ...toResponse(entry),
    allocations: ordered.map((a) => ({
      source_entry_id: a.source_entry_id,
      charge_entry_id: a.charge_entry_id,
      amount: Number((a.raw_amount as { value?: string } | null)?.value ?? a.amount),
    })),
    due_history: history.map((h) => ({ previous_due_at: h.previous_due_at, due_at: h.due_at, note: h.note, changed_at: h.created_at })),
  }
}
