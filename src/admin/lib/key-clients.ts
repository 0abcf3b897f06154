import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { AbcClass, KeyClientRow } from "../../lib/key-clients/abc"
import { sdk } from "./sdk"

export type { AbcClass, KeyClientRow }

export type KeyClientsResponse = {
  key_clients: KeyClientRow[]
  count: number
  total_revenue: number
  total_orders: number
  currency_code: string
  from: string
  to: string
  limit: number
  offset: number
}

export type CompanyKeyFiguresResponse = {
  key_figures: KeyClientRow | null
  count: number
  total_revenue: number
  currency_code: string
  from: string
  to: string
}

/** A period as the routes take it: `from` inclusive, `to` exclusive, both ISO dates. */
export type Period = { from: string; to: string }

export const keyClientKeys = {
  all: ["b2b-key-clients"] as const,
  list: (query: Record<string, unknown>) => [...keyClientKeys.all, "list", query] as const,
  company: (id: string, query: Record<string, unknown>) => [...keyClientKeys.all, "company", id, query] as const,
}

export function useKeyClients(query: Period & { currency_code?: string; limit: number; offset: number }) {
  return useQuery({
    queryKey: keyClientKeys.list(query),
    queryFn: () => sdk.client.fetch<KeyClientsResponse>("/admin/key-clients", { query: { ...query, currency_code: query.currency_code || undefined } }),
    placeholderData: keepPreviousData,
  })
}

export function useCompanyKeyFigures(companyId: string, period: Period) {
  return useQuery({
    queryKey: keyClientKeys.company(companyId, period),
    queryFn: () => sdk.client.fetch<CompanyKeyFiguresResponse>(`/admin/companies/${companyId}/key-figures`, { query: period }),
  })
}

/** The store's currencies, the default first: the ranking is in one currency at a time. */
export function useStoreCurrencies() {
  return useQuery({
    queryKey: ["b2b-store-currencies"],
    queryFn: async () => {
      const { stores } = await sdk.admin.store.list({ fields: "supported_currencies.currency_code,supported_currencies.is_default" })
      const currencies = stores[0]?.supported_currencies ?? []
      return [...currencies].sort((a, b) => Number(b.is_default) - Number(a.is_default)).map((c) => c.currency_code)
    },
  })
}

const DAY_MS = 24 * 60 * 60 * 1000
const isoDay = (date: Date) => date.toISOString().slice(0, 10)

export const PERIOD_PRESETS = [
  { value: "30d", label: "Last 30 days" },
  { value: "90d", label: "Last 90 days" },
  { value: "12m", label: "Last 12 months" },
  { value: "ytd", label: "This year" },
  { value: "last-year", label: "Last year" },
] as const
export type PeriodPreset = (typeof PERIOD_PRESETS)[number]["value"]

/** The days a preset covers, up to and including today (`to` is the day after). */
export function presetPeriod(preset: PeriodPreset, today = new Date()): Period {
  const tomorrow = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) + DAY_MS)
  const year = today.getUTCFullYear()
  switch (preset) {
    case "30d":
      return { from: isoDay(new Date(tomorrow.getTime() - 30 * DAY_MS)), to: isoDay(tomorrow) }
    case "90d":
      return { from: isoDay(new Date(tomorrow.getTime() - 90 * DAY_MS)), to: isoDay(tomorrow) }
    case "ytd":
      return { from: `${year}-01-01`, to: isoDay(tomorrow) }
    case "last-year":
      return { from: `${year - 1}-01-01`, to: `${year}-01-01` }
    default:
      return { from: isoDay(new Date(Date.UTC(year - 1, today.getUTCMonth(), today.getUTCDate() + 1))), to: isoDay(tomorrow) }
  }
}

export function formatShare(share: number | null) {
  return share === null ? "-" : `${(share * 100).toFixed(1)} %`
}
