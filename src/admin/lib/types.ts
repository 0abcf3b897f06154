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

export type AdminCompany = {
  id: string
  name: string
  legal_name: string | null
  tax_id: string | null
  email: string | null
  phone: string | null
  address_1: string | null
  address_2: string | null
  city: string | null
  postal_code: string | null
  province: string | null
  country_code: string | null
  currency_code: string | null
  status: CompanyStatus
  customer_group_id: string | null
  price_list_id: string | null
  min_order_amount: number | null
  min_order_currency_code: string | null
  account_manager_id: string | null
  notes: string | null
  metadata: Record<string, unknown> | null
  created_at: string
  updated_at: string
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
