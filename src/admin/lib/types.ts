import type { StoreCompany } from "../../types/store"
import type { CompanyContact, CompanyStatus, CompanyTerms, EmployeePerson, EmployeeRole } from "../../lib/company/vocabulary"

export { COMPANY_STATUSES, EMPLOYEE_ROLES } from "../../lib/company/vocabulary"
export type { CompanyStatus, EmployeeRole } from "../../lib/company/vocabulary"

export type AdminEmployee = EmployeePerson & {
  id: string
  company_id: string
  customer_id: string
  role: EmployeeRole
  spending_limit: number | null
  created_at: string
}

/** A company as the merchant sees it: what the store shows, plus the merchant's own notes and account manager. */
export type AdminCompany = StoreCompany & {
  account_manager_id: string | null
  notes: string | null
  metadata: Record<string, unknown> | null
  employees?: AdminEmployee[]
}

/** The editable fields of a company, as sent to POST /admin/companies[/:id]. */
export type CompanyInput = CompanyContact & CompanyTerms

export type EmployeeInput = {
  customer_id?: string
  email?: string
  role: EmployeeRole
  spending_limit?: number | null
}

export type EmployeeUpdate = {
  role?: EmployeeRole
  spending_limit?: number | null
}

export type CompanyOrder = {
  id: string
  display_id: number
  created_at: string
  total: number
  currency_code: string
  status: string
  payment_status?: string | null
  fulfillment_status?: string | null
  email?: string | null
  customer?: { id?: string; email?: string | null } | null
}

export type CompanyListResponse = {
  companies: AdminCompany[]
  count: number
  offset: number
  limit: number
}

export type CompanyListQuery = {
  q?: string
  status?: CompanyStatus
  customer_id?: string
  limit: number
  offset: number
  order?: string
}

export type CustomerCompanyResponse = {
  company: AdminCompany
  employee: AdminEmployee
}
