export type CompanyStatus = "pending" | "active" | "on_hold" | "blocked"
export type EmployeeRole = "admin" | "buyer" | "viewer"

export interface CompanyContact {
  name: string
  legal_name?: string | null
  tax_id?: string | null
  email?: string | null
  phone?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  postal_code?: string | null
  province?: string | null
  country_code?: string | null
  currency_code?: string | null
}

export interface CompanyCreate extends CompanyContact {
  status?: CompanyStatus
  min_order_amount?: number | null
  account_manager_id?: string | null
  notes?: string | null
  metadata?: Record<string, unknown> | null
  customer_group_id?: string | null
  price_list_id?: string | null
  promotion_id?: string | null
}

export type CompanyUpdate = Partial<CompanyCreate>
