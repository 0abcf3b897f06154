import { useMutation, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"
import { companyKeys } from "./queries"
import type { AdminCompany, AdminEmployee, CompanyInput, CompanyStatus, EmployeeInput, EmployeeUpdate } from "./types"

function useInvalidateCompanies() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: companyKeys.all })
}

export function useCreateCompany() {
  const invalidate = useInvalidateCompanies()
  return useMutation({
    mutationFn: (body: CompanyInput) =>
      sdk.client.fetch<{ company: AdminCompany }>("/admin/companies", { method: "POST", body }),
    onSuccess: invalidate,
  })
}

export function useUpdateCompany(id: string) {
  const invalidate = useInvalidateCompanies()
  return useMutation({
    mutationFn: (body: Partial<CompanyInput>) =>
      sdk.client.fetch<{ company: AdminCompany }>(`/admin/companies/${id}`, { method: "POST", body }),
    onSuccess: invalidate,
  })
}

/**
 * Deletes a company. Only the lists and customer widgets are refreshed: the deleted company's own page and
 * orders are not asked for again (they would answer 404); the page navigates away.
 */
export function useDeleteCompany(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ id: string; deleted: boolean }>(`/admin/companies/${id}`, { method: "DELETE" }),
    onSuccess: async () => {
      await queryClient.cancelQueries({ queryKey: companyKeys.detail(id) })
      await queryClient.cancelQueries({ queryKey: companyKeys.orders(id) })
      await queryClient.invalidateQueries({ queryKey: companyKeys.lists() })
      await queryClient.invalidateQueries({ queryKey: [...companyKeys.all, "customer"] })
    },
  })
}

/** Forgets a deleted company's own queries once its page is gone, so that nothing refetches them. */
export function useForgetCompany() {
  const queryClient = useQueryClient()
  return (id: string) => {
    queryClient.removeQueries({ queryKey: companyKeys.detail(id) })
    queryClient.removeQueries({ queryKey: companyKeys.orders(id) })
  }
}

export function useApproveApplication() {
  const invalidate = useInvalidateCompanies()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<{ company: AdminCompany }>(`/admin/companies/${id}/approve`, { method: "POST", body: {} }),
    onSuccess: invalidate,
  })
}

export function useRejectApplication() {
  const invalidate = useInvalidateCompanies()
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      sdk.client.fetch<{ company: AdminCompany }>(`/admin/companies/${id}/reject`, { method: "POST", body: { reason } }),
    onSuccess: invalidate,
  })
}

export function useBatchCompanyStatus() {
  const invalidate = useInvalidateCompanies()
  return useMutation({
    mutationFn: (body: { ids: string[]; status: CompanyStatus }) =>
      sdk.client.fetch<{ companies: { id: string; status: CompanyStatus }[]; changed: number }>(
        "/admin/companies/batch/status",
        { method: "POST", body }
      ),
    onSuccess: invalidate,
  })
}

export function useAddEmployee(companyId: string) {
  const invalidate = useInvalidateCompanies()
  return useMutation({
    mutationFn: (body: EmployeeInput) =>
      sdk.client.fetch<{ employee: AdminEmployee }>(`/admin/companies/${companyId}/employees`, {
        method: "POST",
        body,
      }),
    onSuccess: invalidate,
  })
}

export function useUpdateEmployee(companyId: string) {
  const invalidate = useInvalidateCompanies()
  return useMutation({
    mutationFn: ({ id, ...body }: EmployeeUpdate & { id: string }) =>
      sdk.client.fetch<{ employee: AdminEmployee }>(`/admin/companies/${companyId}/employees/${id}`, {
        method: "POST",
        body,
      }),
    onSuccess: invalidate,
  })
}

export function useRemoveEmployee(companyId: string) {
  const invalidate = useInvalidateCompanies()
  return useMutation({
    mutationFn: (employeeId: string) =>
      sdk.client.fetch<{ id: string; deleted: boolean }>(
        `/admin/companies/${companyId}/employees/${employeeId}`,
        { method: "DELETE" }
      ),
    onSuccess: invalidate,
  })
}
