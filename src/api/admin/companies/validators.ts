import { z } from "@medusajs/framework/zod"
import { defaultCountries, defaultCurrencies } from "@medusajs/framework/utils"
import { isBoundedMoneyAmount, moneyAmountBound } from "../../../lib/input/bounds"
import { listParams } from "../../utils/list-params"
import { COMPANY_STATUSES, EMPLOYEE_ROLES, PAYMENT_TERMS } from "../../../lib/company/vocabulary"

const COUNTRIES = new Set(defaultCountries.map((c) => c.alpha2.toLowerCase()))
const CURRENCIES = new Set(Object.keys(defaultCurrencies).map((c) => c.toLowerCase()))

// Medusa's validation formatter keeps custom messages only for refinements, hence refine over min/max.
const text = (field: string, max = 255) =>
  z
    .string({ message: `${field} must be a string` })
    .trim()
    .refine((value) => value.length <= max, { message: `${field} must be at most ${max} characters` })

const optionalText = (field: string, max = 255) => text(field, max).nullish()

export const CountryCode = z
  .string()
  .trim()
  .toLowerCase()
  .refine((code) => COUNTRIES.has(code), {
    message: "country_code must be a two-letter ISO 3166-1 country code (e.g. de, fr, us)",
  })

const currencyCodeOf = (field: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .refine((code) => CURRENCIES.has(code), {
      message: `${field} must be a three-letter ISO 4217 currency code (e.g. eur, usd)`,
    })

export const CurrencyCode = currencyCodeOf("currency_code")

export const Money = (field: string) =>
  z
    .number({ message: `${field} must be a number` })
    .refine((value) => !(value < 0), { message: `${field} cannot be negative` })
    .refine((value) => value < 0 || isBoundedMoneyAmount(value), { message: moneyAmountBound(field) })

/** Whole days, 0 to ten years. */
export const Days = (field: string) =>
  z
    .number({ message: `${field} must be a number` })
    .refine((value) => Number.isInteger(value) && value >= 0 && value <= 3650, {
      message: `${field} must be a whole number of days from 0 to 3650`,
    })

/** A calendar date `YYYY-MM-DD` or an ISO date-time. */
export const DateInput = (field: string) =>
  z
    .string({ message: `${field} must be a date (YYYY-MM-DD)` })
    .trim()
    .refine((value) => /^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) && !Number.isNaN(Date.parse(value)), {
      message: `${field} must be a date (YYYY-MM-DD)`,
    })
    .transform((value) => new Date(value))

export const PaymentTerms = z.enum(PAYMENT_TERMS, {
  message: `payment_terms must be one of ${PAYMENT_TERMS.join(", ")}`,
})

/** The company's payment terms: set by the merchant only, never by buyers. */
export const CompanyPaymentTermsFields = {
  payment_terms: PaymentTerms.optional(),
  net_days: Days("net_days").nullish(),
  credit_limit: Money("credit_limit").nullish(),
  overdue_hold_days: Days("overdue_hold_days").nullish(),
  contract_number: optionalText("contract_number", 64),
  contract_date: DateInput("contract_date").nullish(),
}

export const CompanyStatus = z.enum(COMPANY_STATUSES, {
  message: `status must be one of ${COMPANY_STATUSES.join(", ")}`,
})
export const EmployeeRole = z.enum(EMPLOYEE_ROLES, {
  message: `role must be one of ${EMPLOYEE_ROLES.join(", ")}`,
})

/** What a company's own admin may edit: contact data, never status, terms or prices. */
export const CompanyContactFields = {
  legal_name: optionalText("legal_name"),
  tax_id: optionalText("tax_id", 64),
  email: z.string().trim().email({ message: "email must be a valid email address" }).max(255).nullish(),
  phone: optionalText("phone", 64),
  address_1: optionalText("address_1"),
  address_2: optionalText("address_2"),
  city: optionalText("city", 128),
  postal_code: optionalText("postal_code", 32),
  province: optionalText("province", 128),
  country_code: CountryCode.nullish(),
}

const name = text("name").refine((value) => value.length > 0, { message: "name is required" })

export const AdminCreateCompany = z.object({
  name,
  ...CompanyContactFields,
  currency_code: CurrencyCode.nullish(),
  status: CompanyStatus.optional(),
  min_order_amount: Money("min_order_amount").nullish(),
  /** Defaults to the company's currency_code when a minimum is given without one. */
  min_order_currency_code: currencyCodeOf("min_order_currency_code").nullish(),
  ...CompanyPaymentTermsFields,
  account_manager_id: optionalText("account_manager_id", 64),
  notes: optionalText("notes", 5000),
  metadata: z.record(z.string(), z.unknown()).nullish(),
})
export type AdminCreateCompanyType = z.infer<typeof AdminCreateCompany>

export const AdminUpdateCompany = AdminCreateCompany.partial().extend({ name: name.optional() })
export type AdminUpdateCompanyType = z.infer<typeof AdminUpdateCompany>

const ORDERABLE_COMPANY_FIELDS = ["id", "name", "legal_name", "email", "status", "country_code", "created_at", "updated_at"]
export const ORDERABLE_EMPLOYEE_FIELDS = ["id", "email", "first_name", "last_name", "role", "created_at", "updated_at"]
export const ORDERABLE_ORDER_FIELDS = ["created_at", "display_id"]

const CompanyListFilterParams = {
  q: z.string().trim().max(255).optional(),
  status: z.union([CompanyStatus, z.array(CompanyStatus)]).optional(),
  /** Only the company this customer works for: an empty list for a customer without one. */
  customer_id: z.string().trim().min(1).max(64).optional(),
}

export const AdminGetCompaniesParams = listParams({ limit: 20, orderable: ORDERABLE_COMPANY_FIELDS }).extend(
  CompanyListFilterParams
)
export type AdminGetCompaniesParamsType = z.infer<typeof AdminGetCompaniesParams>

/** The CSV export takes the list's filters and order; it holds every matching company, not a page. */
export const AdminExportCompaniesParams = z.object({
  ...CompanyListFilterParams,
  order: listParams({ limit: 1, orderable: ORDERABLE_COMPANY_FIELDS }).shape.order,
})
export type AdminExportCompaniesParamsType = z.infer<typeof AdminExportCompaniesParams>

/** Many companies put on hold, activated or blocked at once. */
export const AdminBatchCompanyStatus = z.object({
  ids: z
    .array(z.string().trim().min(1).max(64), { message: "ids must be a list of company ids" })
    .refine((ids) => ids.length >= 1 && ids.length <= 500, { message: "ids must name from 1 to 500 companies" }),
  status: CompanyStatus,
})
export type AdminBatchCompanyStatusType = z.infer<typeof AdminBatchCompanyStatus>

/** Turning down an application: the reason is passed on to the applicant. */
export const AdminRejectCompany = z.object({
  reason: text("reason", 2000).refine((value) => value.length > 0, { message: "reason is required" }),
})
export type AdminRejectCompanyType = z.infer<typeof AdminRejectCompany>

export const AdminApproveCompany = z.object({})

export const AdminGetCompanyParams = z.object({ fields: z.string().optional() })

export const EmployeeEmail = z.string().trim().toLowerCase().email({ message: "email must be a valid email address" }).max(255)

/** A new employee's terms, in the admin and the store alike. */
export const NewEmployeeTerms = {
  role: EmployeeRole.default("buyer"),
  spending_limit: Money("spending_limit").nullish(),
}

export const AdminAddEmployee = z
  .object({
    customer_id: z.string().trim().min(1).max(64).optional(),
    email: EmployeeEmail.optional(),
    ...NewEmployeeTerms,
  })
  .refine((body) => Boolean(body.customer_id) !== Boolean(body.email), {
    message: "Give either customer_id or email of the customer to attach (exactly one)",
  })
export type AdminAddEmployeeType = z.infer<typeof AdminAddEmployee>

export const AdminUpdateEmployee = z.object({
  role: EmployeeRole.optional(),
  spending_limit: Money("spending_limit").nullish(),
})
export type AdminUpdateEmployeeType = z.infer<typeof AdminUpdateEmployee>

export const AdminGetEmployeesParams = listParams({ limit: 50, orderable: ORDERABLE_EMPLOYEE_FIELDS }).extend({
  q: z.string().trim().max(255).optional(),
  role: z.union([EmployeeRole, z.array(EmployeeRole)]).optional(),
})

export const AdminGetCompanyOrdersParams = listParams({ limit: 10, orderable: ORDERABLE_ORDER_FIELDS })
