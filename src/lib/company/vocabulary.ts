// The words a company account is described in, shared by the server (models, validators, workflows)
// and the admin extensions. Nothing here may import server code: the admin bundle includes this file.

export const COMPANY_STATUSES = ["pending", "active", "on_hold", "blocked"] as const
export type CompanyStatus = (typeof COMPANY_STATUSES)[number]

export const EMPLOYEE_ROLES = ["admin", "buyer", "viewer"] as const
export type EmployeeRole = (typeof EMPLOYEE_ROLES)[number]

/** How a company pays: in advance, on account within `net_days`, or against a guarantee letter. */
export const PAYMENT_TERMS = ["prepaid", "net", "guarantee"] as const
export type PaymentTerms = (typeof PAYMENT_TERMS)[number]

/** A company's name and contact data: what its own admin may edit, and what an application carries. */
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

/** What only the merchant sets: the account's status and the company's ordering terms. */
export interface CompanyTerms {
  status?: CompanyStatus
  min_order_amount?: number | null
  /** The currency the minimum order amount is stated in. */
  min_order_currency_code?: string | null
  account_manager_id?: string | null
  notes?: string | null
  payment_terms?: PaymentTerms
  /** Days after the order a charge on account falls due. */
  net_days?: number | null
  /** The most the company may owe on account, in its `currency_code`; null: no ordering on account. */
  credit_limit?: number | null
  /** Days overdue after which the company goes on hold by itself. */
  overdue_hold_days?: number | null
  contract_number?: string | null
  contract_date?: Date | null
}

/** An employee's personal data as the company's records hold it. */
export interface EmployeePerson {
  email: string | null
  first_name: string | null
  last_name: string | null
}

/** Where an invitation to join a company stands; only a pending one can be answered or revoked. */
export const INVITATION_STATUSES = ["pending", "accepted", "declined", "revoked", "expired"] as const
export type InvitationStatus = (typeof INVITATION_STATUSES)[number]

/** A company address is where the company is invoiced (one) or one of its delivery sites (any number). */
export const COMPANY_ADDRESS_KINDS = ["billing", "shipping"] as const
export type CompanyAddressKind = (typeof COMPANY_ADDRESS_KINDS)[number]

/** The fields of a company address that make a Medusa address (a cart's or an order's). */
export const ADDRESS_FIELDS = [
  "first_name", "last_name", "company", "address_1", "address_2", "city", "postal_code", "province", "country_code", "phone",
] as const
export type AddressField = (typeof ADDRESS_FIELDS)[number]
