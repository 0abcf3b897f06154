import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { isNotFound } from "./format"
import { sdk } from "./sdk"
import type {
  AdminCompany,
  CompanyListQuery,
  CompanyListResponse,
  CompanyOrder,
  CustomerCompanyResponse,
} from "./types"

export const companyKeys = {
  all: ["b2b-companies"] as const,
  lists: () => [...companyKeys.all, "list"] as const,
  list: (query: CompanyListQuery) => [...companyKeys.lists(), query] as const,
  detail: (id: string) => [...companyKeys.all, "detail", id] as const,
  orders: (id: string) => [...companyKeys.all, "orders", id] as const,
  ofCustomer: (customerId: string) => [...companyKeys.all, "customer", customerId] as const,
}

/** A page of companies; by default with the employee ids, enough for the list's head count. */
export function useCompanies(query: CompanyListQuery, fields = "+employees.id") {
  return useQuery({
    queryKey: [...companyKeys.list(query), fields],
    queryFn: () =>
      sdk.client.fetch<CompanyListResponse>("/admin/companies", {
        query: { ...query, q: query.q || undefined, fields },
      }),
    placeholderData: keepPreviousData,
  })
}

export function useCompany(id: string) {
  return useQuery({
    queryKey: companyKeys.detail(id),
    queryFn: () => sdk.client.fetch<{ company: AdminCompany }>(`/admin/companies/${id}`),
    select: (data) => data.company,
    // A missing company stays missing; other failures get a second chance.
    retry: (failures, error) => !isNotFound(error) && failures < 2,
  })
}

export function useCompanyOrders(companyId: string, limit = 10) {
  return useQuery({
    queryKey: [...companyKeys.orders(companyId), limit],
    queryFn: () =>
      sdk.client.fetch<{ orders: CompanyOrder[]; count: number }>(`/admin/companies/${companyId}/orders`, {
        query: { limit, offset: 0 },
      }),
  })
}

/**
 * The company a customer works for and their employee record; `null` for a customer without a company. Asked as
 * the companies list narrowed to the customer, which answers an empty list (not an error) for the usual retail customer.
 */
export function useCustomerCompany(customerId: string) {
  return useQuery({
    queryKey: companyKeys.ofCustomer(customerId),
    queryFn: async (): Promise<CustomerCompanyResponse | null> => {
      const { companies } = await sdk.client.fetch<CompanyListResponse>("/admin/companies", {
        query: { customer_id: customerId, limit: 1, fields: "*employees" },
      })
      const company = companies[0]
      const employee = company?.employees?.find((e) => e.customer_id === customerId)
      return company && employee ? { company, employee } : null
    },
  })
}

export function useCustomerSearch(q: string) {
  return useQuery({
    queryKey: ["b2b-customer-search", q],
    queryFn: () =>
      sdk.admin.customer.list({ q: q || undefined, limit: 8, fields: "id,email,first_name,last_name,company_name" }),
    enabled: q.trim().length > 1,
    placeholderData: keepPreviousData,
  })
}

/** The currencies the store sells in (Settings → Store), the default first. */
export function useStoreCurrencies() {
  return useQuery({
    queryKey: ["b2b-store-currencies"],
    queryFn: () => sdk.admin.store.list({ fields: "id,supported_currencies.currency_code,supported_currencies.is_default" }),
    select: (data) =>
      [...(data.stores[0]?.supported_currencies ?? [])]
        .sort((a, b) => Number(b.is_default) - Number(a.is_default))
        .map((currency) => currency.currency_code),
    staleTime: 5 * 60_000,
  })
}
