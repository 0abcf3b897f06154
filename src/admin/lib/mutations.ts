import { useMutation, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"
import { companyKeys } from "./queries"
import type { AdminCompany, AdminEmployee, CompanyInput, EmployeeInput, EmployeeUpdate } from "./types"

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

export function useDeleteCompany(id: string) {
  const invalidate = useInvalidateCompanies()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ id: string; deleted: boolean }>(`/admin/companies/${id}`, { method: "DELETE" }),
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
