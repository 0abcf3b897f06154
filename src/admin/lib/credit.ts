import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

// Shapes of the payment terms API (API.md, "Payment terms and the company account").

export type PaymentTerms = "prepaid" | "net" | "guarantee"
export type LedgerEntryType = "charge" | "payment" | "credit_note" | "adjustment"
export type LedgerDirection = "debit" | "credit"
export type ChargeStatus = "pending" | "open" | "paid" | "overdue" | "void"

export type PaymentOption = { method: "invoice" | "on_account" | "guarantee"; provider_id: string; available: boolean; reason?: string }

export type CompanyCredit = {
  currency_code: string | null
  credit_limit: number | string | null
  balance: number | string
  available: number | string
  overdue_amount: number | string
  oldest_due_at: string | null
  payment_options?: PaymentOption[]
}

export type LedgerEntry = {
  id: string
  company_id: string
  type: LedgerEntryType
  amount: number | string
  direction: LedgerDirection
  currency_code: string
  order_id: string | null
  reference: string | null
  note: string | null
  occurred_at: string
  due_at?: string | null
  outstanding?: number | string | null
  status?: ChargeStatus | null
}

export type LedgerQuery = { type?: LedgerEntryType; status?: ChargeStatus; order_id?: string; limit: number; offset: number }

export type AgingBuckets = { current: number | string; d1_30: number | string; d31_60: number | string; d61_90: number | string; d90_plus: number | string }

export type Receivable = {
  company_id: string
  company_name: string
  currency_code: string
  balance: number | string
  overdue_amount: number | string
  buckets: AgingBuckets
}

export type ReceivablesQuery = { q?: string; limit: number; offset: number }

export type PaymentInput = {
  amount: number
  currency_code: string
  received_at?: string
  reference?: string
  allocations?: { entry_id: string; amount: number }[]
}

export type AdjustmentInput = { amount: number; direction: LedgerDirection; reason: string }

/** The company's payment terms, as fields of the company (set with POST /admin/companies/:id). */
export type CompanyPaymentTerms = {
  payment_terms?: PaymentTerms | null
  net_days?: number | null
  credit_limit?: number | string | null
  overdue_hold_days?: number | null
  contract_number?: string | null
  contract_date?: string | null
  hold_reason?: "admin" | "overdue" | null
}

export const creditKeys = {
  all: ["b2b-credit"] as const,
  credit: (companyId: string) => [...creditKeys.all, "credit", companyId] as const,
  ledger: (companyId: string, query?: LedgerQuery) => [...creditKeys.all, "ledger", companyId, ...(query ? [query] : [])] as const,
  receivables: (query?: ReceivablesQuery) => [...creditKeys.all, "receivables", ...(query ? [query] : [])] as const,
  order: (orderId: string) => [...creditKeys.all, "order", orderId] as const,
}

export function useCompanyCredit(companyId: string) {
  return useQuery({
    queryKey: creditKeys.credit(companyId),
    queryFn: () => sdk.client.fetch<{ credit: CompanyCredit }>(`/admin/companies/${companyId}/credit`),
    select: (data) => data.credit,
  })
}

export function useCompanyLedger(companyId: string, query: LedgerQuery) {
  return useQuery({
    queryKey: creditKeys.ledger(companyId, query),
    queryFn: () =>
      sdk.client.fetch<{ entries: LedgerEntry[]; count: number; offset: number; limit: number }>(`/admin/companies/${companyId}/ledger`, {
        query,
      }),
    placeholderData: keepPreviousData,
  })
}

/** The company's charges with something still to pay, earliest due first (for allocating a payment). */
export function useOpenCharges(companyId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...creditKeys.ledger(companyId), "open-charges"],
    queryFn: async () => {
      const query = { type: "charge", limit: 100, offset: 0 }
      const [open, overdue] = await Promise.all(
        (["open", "overdue"] as const).map((status) =>
          sdk.client.fetch<{ entries: LedgerEntry[] }>(`/admin/companies/${companyId}/ledger`, { query: { ...query, status } })
        )
      )
      return [...overdue.entries, ...open.entries].sort((a, b) => String(a.due_at ?? "").localeCompare(String(b.due_at ?? "")))
    },
    enabled,
  })
}

export function useReceivables(query: ReceivablesQuery) {
  return useQuery({
    queryKey: creditKeys.receivables(query),
    queryFn: () =>
      sdk.client.fetch<{ receivables: Receivable[]; count: number; offset: number; limit: number }>("/admin/receivables", {
        query: { ...query, q: query.q || undefined },
      }),
    placeholderData: keepPreviousData,
  })
}

function useInvalidateCredit() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: creditKeys.all })
}

export function useRecordPayment(companyId: string) {
  const invalidate = useInvalidateCredit()
  return useMutation({
    mutationFn: (body: PaymentInput) =>
      sdk.client.fetch<{ payment: LedgerEntry; credit: CompanyCredit }>(`/admin/companies/${companyId}/payments`, { method: "POST", body }),
    onSuccess: invalidate,
  })
}

export function useRecordAdjustment(companyId: string) {
  const invalidate = useInvalidateCredit()
  return useMutation({
    mutationFn: (body: AdjustmentInput) =>
      sdk.client.fetch<{ adjustment?: LedgerEntry; credit?: CompanyCredit }>(`/admin/companies/${companyId}/adjustments`, { method: "POST", body }),
    onSuccess: invalidate,
  })
}

/** Downloads the company's statement for a period as a file (PDF or CSV), with the admin's own authentication. */
export async function downloadStatement(companyId: string, from: string, to: string, format: "pdf" | "csv") {
  const response = await sdk.client.fetch<Response>(`/admin/companies/${companyId}/statement`, {
    query: { from, to, format },
    headers: { accept: format === "pdf" ? "application/pdf" : "text/csv" },
  })
  const blob = await response.blob()
  const url = URL.createObjectURL(blob)
  const link = document.createElement("a")
  link.href = url
  link.download = `statement-${companyId}-${from}-${to}.${format}`
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** The order's company and the charge the order gave it, if it was placed on account or against a letter. */
export function useOrderCharge(orderId: string) {
  return useQuery({
    queryKey: creditKeys.order(orderId),
    queryFn: async () => {
      const { order } = await sdk.admin.order.retrieve(orderId, { fields: "id,company.id,company.name,payment_collections.payments.provider_id" })
      // The company is a field of the plugin's link, absent from Medusa's order type.
      const linked = order as unknown as { company?: { id: string; name: string } | null; payment_collections?: { payments?: { provider_id: string }[] }[] }
      const company = linked.company ?? null
      const provider_id = linked.payment_collections?.flatMap((collection) => collection.payments ?? [])[0]?.provider_id ?? null
      if (!company) return { company: null, charge: null, provider_id }
      const { entries } = await sdk.client.fetch<{ entries: LedgerEntry[] }>(`/admin/companies/${company.id}/ledger`, {
        query: { order_id: orderId, type: "charge", limit: 1, offset: 0 },
      })
      return { company, charge: entries[0] ?? null, provider_id }
    },
  })
}
