import type { CompanyContact, CompanyTerms, HoldReason } from "../../lib/company/vocabulary"

export type { CompanyContact, CompanyStatus, EmployeeRole } from "../../lib/company/vocabulary"

export interface CompanyCreate extends CompanyContact, CompanyTerms {
  metadata?: Record<string, unknown> | null
  customer_group_id?: string | null
  price_list_id?: string | null
  promotion_id?: string | null
}

export type CompanyUpdate = Partial<CompanyCreate> & {
  /** Who sets an `on_hold` status; an admin unless the overdue job says otherwise. */
  hold_reason?: HoldReason | null
}
