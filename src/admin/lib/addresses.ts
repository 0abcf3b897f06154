import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { AddressField, CompanyAddressKind } from "../../lib/company/vocabulary"
import { sdk } from "./sdk"

export { ADDRESS_FIELDS, COMPANY_ADDRESS_KINDS } from "../../lib/company/vocabulary"
export type { AddressField, CompanyAddressKind }

export type AdminCompanyAddress = Record<AddressField, string | null> & {
  id: string
  company_id: string
  kind: CompanyAddressKind
  label: string | null
  is_default: boolean
}

export type CompanyAddressInput = Partial<Record<AddressField | "label", string | null>> & {
  kind?: CompanyAddressKind
  is_default?: boolean
}

const addressKeys = {
  company: (companyId: string) => ["b2b-company-addresses", companyId] as const,
}

export function useCompanyAddresses(companyId: string) {
  return useQuery({
    queryKey: addressKeys.company(companyId),
    queryFn: () =>
      sdk.client.fetch<{ addresses: AdminCompanyAddress[]; count: number }>(`/admin/companies/${companyId}/addresses`, {
        query: { limit: 200 },
      }),
  })
}

export function useSaveCompanyAddress(companyId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...body }: CompanyAddressInput & { id?: string }) =>
      sdk.client.fetch<{ address: AdminCompanyAddress }>(`/admin/companies/${companyId}/addresses${id ? `/${id}` : ""}`, {
        method: "POST",
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: addressKeys.company(companyId) }),
  })
}

export function useDeleteCompanyAddress(companyId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<{ id: string; deleted: boolean }>(`/admin/companies/${companyId}/addresses/${id}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: addressKeys.company(companyId) }),
  })
}

/** The countries of the store's regions: the ones a cart can ship to. */
export function useRegionCountries() {
  return useQuery({
    queryKey: ["b2b-region-countries"],
    queryFn: async () => {
      const { regions } = await sdk.admin.region.list({ fields: "countries.iso_2,countries.display_name", limit: 100 })
      const countries = new Map<string, string>()
      for (const region of regions) {
        for (const country of region.countries ?? []) {
          if (country.iso_2) countries.set(country.iso_2, country.display_name ?? country.iso_2.toUpperCase())
        }
      }
      return [...countries].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name))
    },
  })
}

/** A country's name in the admin's language, e.g. "Germany" for "de". */
export function countryName(code: string | null | undefined) {
  if (!code) return ""
  try {
    return new Intl.DisplayNames(undefined, { type: "region" }).of(code.toUpperCase()) ?? code.toUpperCase()
  } catch {
    return code.toUpperCase()
  }
}
