import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { CompanyPriceRow, PriceTerms, RowFailure } from "../../lib/prices/types"
import { sdk } from "./sdk"
import { downloadCsv } from "./download"

export type { CompanyPriceRow, RowFailure }

/** A price's terms as the admin edits them: everything but the variant it prices. */
export type PriceTermsInput = Omit<PriceTerms, "variant_id">

export type PriceBatchInput = {
  create?: (PriceTermsInput & { variant_id: string })[]
  update?: (Partial<PriceTermsInput> & { id: string })[]
  delete?: string[]
}

export type PriceImportResult = {
  created: number
  updated: number
  unchanged: number
  failed: RowFailure[]
  failed_count: number
}

export type CompanyDiscount = { company_id: string; percent: number; promotion_id: string | null }

export const priceKeys = {
  all: ["b2b-company-prices"] as const,
  ofCompany: (companyId: string) => [...priceKeys.all, companyId] as const,
  list: (companyId: string, query: { q: string; limit: number; offset: number }) =>
    [...priceKeys.ofCompany(companyId), "list", query] as const,
  discount: (companyId: string) => [...priceKeys.ofCompany(companyId), "discount"] as const,
}

export function useCompanyPrices(companyId: string, query: { q: string; limit: number; offset: number }) {
  return useQuery({
    queryKey: priceKeys.list(companyId, query),
    queryFn: () =>
      sdk.client.fetch<{ prices: CompanyPriceRow[]; count: number }>(`/admin/companies/${companyId}/prices`, {
        query: { ...query, q: query.q.trim() || undefined },
      }),
    placeholderData: keepPreviousData,
  })
}

/** Price writes refresh the company's price list only; its discount is a promotion, refreshed on its own. */
function useInvalidatePrices(companyId: string) {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: [...priceKeys.ofCompany(companyId), "list"] })
}

export function useBatchCompanyPrices(companyId: string) {
  const invalidate = useInvalidatePrices(companyId)
  return useMutation({
    mutationFn: (body: PriceBatchInput) =>
      sdk.client.fetch<{ created: CompanyPriceRow[]; updated: CompanyPriceRow[]; deleted: string[] }>(
        `/admin/companies/${companyId}/prices/batch`,
        { method: "POST", body }
      ),
    onSuccess: invalidate,
  })
}

/** Uploads a CSV file as multipart: the server streams it, so the file can be large. */
export function useImportCompanyPrices(companyId: string) {
  const invalidate = useInvalidatePrices(companyId)
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData()
      form.append("file", file, file.name)
      return sdk.client.fetch<PriceImportResult>(`/admin/companies/${companyId}/prices/import`, {
        method: "POST",
        // The browser sets the multipart boundary.
        headers: { "content-type": null },
        body: form,
      })
    },
    onSuccess: invalidate,
  })
}

/** Downloads the company's price sheet as a CSV file. */
export const downloadCompanyPrices = (companyId: string, filename: string) =>
  downloadCsv(`/admin/companies/${companyId}/prices/export`, filename)

export function useCompanyDiscount(companyId: string) {
  return useQuery({
    queryKey: priceKeys.discount(companyId),
    queryFn: () => sdk.client.fetch<{ discount: CompanyDiscount }>(`/admin/companies/${companyId}/discount`),
    select: (data) => data.discount,
  })
}

export function useSetCompanyDiscount(companyId: string) {
  const queryClient = useQueryClient()
  const invalidate = () => queryClient.invalidateQueries({ queryKey: priceKeys.discount(companyId) })
  return useMutation({
    mutationFn: (percent: number) =>
      sdk.client.fetch<{ discount: CompanyDiscount }>(`/admin/companies/${companyId}/discount`, {
        method: "POST",
        body: { percent },
      }),
    onSuccess: invalidate,
  })
}

/** The currencies the store sells in: a negotiated price in another currency would never apply. */
export function useStoreCurrencies() {
  return useQuery({
    queryKey: ["b2b-store-currencies"],
    queryFn: () =>
      sdk.client.fetch<{ stores: { supported_currencies?: { currency_code: string; is_default?: boolean }[] }[] }>(
        "/admin/stores",
        { query: { fields: "supported_currencies.currency_code,supported_currencies.is_default" } }
      ),
    select: (data) => data.stores.flatMap((store) => store.supported_currencies ?? []).map((c) => c.currency_code),
  })
}
