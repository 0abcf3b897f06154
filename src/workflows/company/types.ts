import type { CompanyContact, CompanyTerms } from "../../lib/company/vocabulary"

export type { CompanyContact, CompanyStatus, EmployeeRole } from "../../lib/company/vocabulary"

export interface CompanyCreate extends CompanyContact, CompanyTerms {
  metadata?: Record<string, unknown> | null
  customer_group_id?: string | null
  price_list_id?: string | null
  promotion_id?: string | null
}

export type CompanyUpdate = Partial<CompanyCreate>
