// What the plugin's store routes accept and answer, for storefronts (`medusa-b2b-wholesale/client`).
// Plain types with no server imports: a storefront compiles them without Medusa's server packages.
// The fields follow the routes' allow-lists (src/api/admin/companies/query-config.ts) and validators;
// src/client/__tests__/types.unit.spec.ts holds them to those.
import type { CompanyAddressKind, CompanyContact, CompanyStatus, EmployeeRole } from "../lib/company/vocabulary"

export type { CompanyAddressKind, CompanyStatus, EmployeeRole }

/** A page of a list: how many there are in all, and which slice this is. */
export interface StorePage {
  count: number
  offset: number
  limit: number
}

/** Paging and field selection that Medusa's list routes take. */
export interface StoreListParams {
  limit?: number
  offset?: number
  /** Medusa's `fields` selection, e.g. `"id,email"` or `"+metadata"`. */
  fields?: string
  /** A field to sort by, `-field` for descending. */
  order?: string
}

/** The buyer's company as the store shows it (the merchant's notes and account manager are left out). */
export interface StoreCompany {
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
  promotion_id: string | null
  /** The smallest order the company may place, in `min_order_currency_code`'s main unit. */
  min_order_amount: number | null
  /** The currency the minimum order is stated in; a cart in another currency is refused. */
  min_order_currency_code: string | null
  /** How the company pays: `prepaid`, `net` (on account within `net_days`) or `guarantee`. */
  payment_terms: "prepaid" | "net" | "guarantee"
  net_days: number | null
  /** The most the company may owe on account, in `currency_code`; null: no ordering on account. */
  credit_limit: number | null
  overdue_hold_days: number | null
  contract_number: string | null
  contract_date: string | null
  created_at: string
  updated_at: string
}

export interface StoreEmployee {
  id: string
  company_id: string
  customer_id: string
  email: string | null
  first_name: string | null
  last_name: string | null
  role: EmployeeRole
  /** Most one order of this employee may cost, in the company's currency; null for no limit. */
  spending_limit: number | null
  created_at: string
  updated_at: string
}

/** The logged-in customer's place in their company. */
export interface StoreCompanyMembershipResponse {
  employee: StoreEmployee
  company: StoreCompany
}

/** A company's name and contact data, as an application or a company admin's edit sends them. */
export type StoreCompanyContact = Omit<CompanyContact, "name" | "currency_code">

/** `POST /store/companies`: a customer with no company applies for an account (it starts pending). */
export interface StoreApplyForCompanyBody extends StoreCompanyContact {
  name: string
  /** Three-letter ISO 4217 code, e.g. `eur`. */
  currency_code?: string | null
}

/** `POST /store/companies/me`: a company admin edits the name and contact data. */
export interface StoreUpdateCompanyBody extends StoreCompanyContact {
  name?: string
}

/**
 * `POST /store/companies/me/employees`: a company admin invites an e-mail address, like
 * `POST /store/companies/me/invitations` (kept for storefronts written before invitations).
 */
export interface StoreAddEmployeeBody {
  email: string
  role?: EmployeeRole
  spending_limit?: number | null
}

/** `POST /store/companies/me/employees/:id`: a company admin changes a role or a spending limit. */
export interface StoreUpdateEmployeeBody {
  role?: EmployeeRole
  spending_limit?: number | null
}

export interface StoreEmployeeResponse {
  employee: StoreEmployee
}

export interface StoreEmployeeListResponse extends StorePage {
  employees: StoreEmployee[]
}

export interface StoreEmployeeDeleteResponse {
  id: string
  object: "employee"
  deleted: true
}

/** An order of the company as its employees' order list shows it. */
export interface StoreCompanyOrder {
  id: string
  display_id: number
  status: string
  email: string | null
  customer_id: string | null
  currency_code: string
  total: number
  subtotal: number
  created_at: string
  payment_status: string
  fulfillment_status: string
}

export interface StoreCompanyOrderListResponse extends StorePage {
  orders: StoreCompanyOrder[]
}

/** `GET /store/companies/me/prices`: search by SKU, variant or product title, and page. */
export interface StoreCompanyPriceParams {
  q?: string
  limit?: number
  offset?: number
}

/** One negotiated price of the company's price sheet. */
export interface StoreCompanyPrice {
  id: string
  variant_id: string
  sku: string | null
  product_title: string | null
  variant_title: string | null
  currency_code: string
  /** In the currency's main unit (e.g. 12.5 for €12.50). */
  amount: number
  min_quantity: number | null
  max_quantity: number | null
}

export interface StoreCompanyPriceListResponse extends StorePage {
  prices: StoreCompanyPrice[]
}

/** The lot rule governing a variant for the caller; `id` is null when no rule applies (any quantity). */
export interface StoreQuantityRule {
  variant_id: string
  id: string | null
  min_quantity: number
  increment: number
  max_quantity: number | null
  unit: string | null
}

export interface StoreQuantityRuleListResponse {
  quantity_rules: StoreQuantityRule[]
}

export type StoreCartViolationCode =
  | "below_min_quantity"
  | "not_increment"
  | "above_max_quantity"
  | "below_min_order_amount"
  | "company_inactive"
  | "role_cannot_order"
  | "above_spending_limit"
  | (string & {})

/** Something that would stop the cart from being ordered. */
export interface StoreCartViolation {
  code: StoreCartViolationCode
  message: string
  /** `forbidden`: who is buying may not order (403 at checkout); `invalid_data`: what is bought (400). */
  kind: "forbidden" | "invalid_data"
  item_id?: string
  variant_id?: string
}

/** `GET /store/carts/:id/b2b-check` */
export interface StoreCartCheckResponse {
  valid: boolean
  violations: StoreCartViolation[]
}

// Invitations to join a company, and leaving one.

export type StoreInvitationStatus = "pending" | "accepted" | "declined" | "revoked" | "expired"

/** An invitation as the store shows it (never its token). */
export interface StoreInvitation {
  id: string
  company_id: string
  email: string
  role: EmployeeRole
  spending_limit: number | null
  status: StoreInvitationStatus
  expires_at: string
  invited_by: string | null
  answered_at: string | null
  created_at: string
  updated_at: string
}

/** An invitation addressed to the logged-in customer, with the inviting company's name. */
export interface StoreReceivedInvitation extends StoreInvitation {
  company: { id: string; name: string }
}

export interface StoreCreateInvitationBody {
  email: string
  role?: EmployeeRole
  spending_limit?: number | null
}

export interface StoreInvitationListParams extends StoreListParams {
  status?: StoreInvitationStatus | StoreInvitationStatus[]
}

export interface StoreInvitationResponse {
  invitation: StoreInvitation
}

export interface StoreInvitationListResponse extends StorePage {
  invitations: StoreInvitation[]
}

export interface StoreReceivedInvitationListResponse extends StorePage {
  invitations: StoreReceivedInvitation[]
}

export interface StoreInvitationDeleteResponse {
  id: string
  object: "company_invitation"
  deleted: true
}

/** An accepted invitation comes with the employee record it created; a declined one without. */
export interface StoreInvitationAnswerResponse {
  invitation: StoreInvitation
  employee?: StoreEmployee | null
}

export interface StoreLeaveCompanyResponse {
  id: string
  object: "employee"
  deleted: true
}

/** One of the company's addresses: its billing address (one) or a delivery site. */
export interface StoreCompanyAddress {
  id: string
  company_id: string
  kind: CompanyAddressKind
  /** The site's name, e.g. "Warehouse Hamburg". */
  label: string | null
  first_name: string | null
  last_name: string | null
  company: string | null
  address_1: string | null
  address_2: string | null
  city: string | null
  postal_code: string | null
  province: string | null
  country_code: string | null
  phone: string | null
  /** The delivery site to offer first. */
  is_default: boolean
  created_at: string
  updated_at: string
}

type AddressText = string | null | undefined

/** A new address (company admins only). `kind` defaults to `shipping`. */
export interface StoreCreateCompanyAddressBody {
  kind?: CompanyAddressKind
  label?: AddressText
  first_name?: AddressText
  last_name?: AddressText
  company?: AddressText
  address_1: string
  address_2?: AddressText
  city: string
  postal_code?: AddressText
  province?: AddressText
  country_code: string
  phone?: AddressText
  is_default?: boolean
}

/** A change to an address (company admins only); fields left out keep their value. */
export type StoreUpdateCompanyAddressBody = Partial<StoreCreateCompanyAddressBody>

export interface StoreCompanyAddressListParams extends StoreListParams {
  kind?: CompanyAddressKind
}

export interface StoreCompanyAddressResponse {
  address: StoreCompanyAddress
}

export interface StoreCompanyAddressListResponse extends StorePage {
  addresses: StoreCompanyAddress[]
}

export interface StoreCompanyAddressDeleteResponse {
  id: string
  object: "company_address"
  deleted: true
}

/** Which company address a cart takes, as its shipping or its billing address. */
export interface StoreSetCartCompanyAddressBody {
  address_id: string
  kind: CompanyAddressKind
}

type CartAddress = Record<"first_name" | "last_name" | "company" | "address_1" | "address_2" | "city" | "postal_code" | "province" | "country_code" | "phone", string | null>

export interface StoreSetCartCompanyAddressResponse {
  cart: { id: string; shipping_address: CartAddress | null; billing_address: CartAddress | null }
}

// Payment terms and the company's account.

export type StorePaymentMethod = "invoice" | "on_account" | "guarantee"

/** A payment method of the plugin: the provider id to open a payment session with, and whether the buyer can use it now. */
export interface StorePaymentOption {
  method: StorePaymentMethod
  provider_id: string
  available: boolean
  /** Why the method cannot be used now. */
  reason?: string
}

/** `GET /store/companies/me/credit`: what the company may still buy on account. */
export interface StoreCompanyCredit {
  company_id: string
  currency_code: string | null
  payment_terms: "prepaid" | "net" | "guarantee"
  net_days: number | null
  credit_limit: number | null
  /** What the company owes now (negative: an advance). */
  balance: number
  /** What checkouts in progress hold. */
  held: number
  /** `credit_limit − balance − held`, never below 0. */
  available: number
  overdue_amount: number
  oldest_due_at: string | null
  payment_options: StorePaymentOption[]
}

export interface StoreCompanyCreditResponse {
  credit: StoreCompanyCredit
}

export type StoreLedgerEntryType = "charge" | "payment" | "credit_note" | "adjustment"
export type StoreChargeStatus = "pending" | "open" | "paid" | "overdue" | "void"

export interface StoreLedgerEntry {
  id: string
  company_id: string
  type: StoreLedgerEntryType
  /** `debit` raises what the company owes, `credit` lowers it. */
  direction: "debit" | "credit"
  amount: number
  currency_code: string
  order_id: string | null
  reference: string | null
  note: string | null
  occurred_at: string
  /** Charges only. */
  due_at: string | null
  /** Charges: what is still owed; payments and credits: what is not allocated to a charge. */
  outstanding: number
  /** Charges only. */
  status: StoreChargeStatus | null
}

/** `GET /store/companies/me/ledger` filters; dates `YYYY-MM-DD`. */
export interface StoreCompanyLedgerParams {
  type?: StoreLedgerEntryType | StoreLedgerEntryType[]
  status?: StoreChargeStatus | StoreChargeStatus[]
  order_id?: string
  from?: string
  to?: string
  limit?: number
  offset?: number
  order?: string
}

export interface StoreCompanyLedgerResponse extends StorePage {
  entries: StoreLedgerEntry[]
}
