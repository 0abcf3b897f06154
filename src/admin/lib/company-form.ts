import type { AdminCompany, CompanyInput, CompanyStatus } from "./types"

/** The company form as the admin types it: every field a string until it is sent. */
export type CompanyFormValues = {
  name: string
  legal_name: string
  tax_id: string
  email: string
  phone: string
  address_1: string
  address_2: string
  city: string
  postal_code: string
  province: string
  country_code: string
  currency_code: string
  status: CompanyStatus
  min_order_amount: string
  account_manager_id: string
  notes: string
}

export type CompanyFormErrors = Partial<Record<keyof CompanyFormValues, string>>

export const emptyCompanyForm: CompanyFormValues = {
  name: "",
  legal_name: "",
  tax_id: "",
  email: "",
  phone: "",
  address_1: "",
  address_2: "",
  city: "",
  postal_code: "",
  province: "",
  country_code: "",
  currency_code: "",
  status: "active",
  min_order_amount: "",
  account_manager_id: "",
  notes: "",
}

export function companyFormFrom(company: AdminCompany): CompanyFormValues {
  const text = (value: string | number | null | undefined) => (value === null || value === undefined ? "" : String(value))
  return {
    name: company.name,
    legal_name: text(company.legal_name),
    tax_id: text(company.tax_id),
    email: text(company.email),
    phone: text(company.phone),
    address_1: text(company.address_1),
    address_2: text(company.address_2),
    city: text(company.city),
    postal_code: text(company.postal_code),
    province: text(company.province),
    country_code: text(company.country_code).toUpperCase(),
    currency_code: text(company.currency_code).toUpperCase(),
    status: company.status,
    min_order_amount: text(company.min_order_amount),
    account_manager_id: text(company.account_manager_id),
    notes: text(company.notes),
  }
}

/** Hints shown before the form is sent; the server still has the last word. */
export function validateCompanyForm(values: CompanyFormValues): CompanyFormErrors {
  const errors: CompanyFormErrors = {}
  if (!values.name.trim()) {
    errors.name = "Enter the company's name."
  }
  if (values.email.trim() && !isEmail(values.email)) {
    errors.email = "Enter an email address like orders@example.com."
  }
  if (values.country_code.trim() && !/^[a-z]{2}$/i.test(values.country_code.trim())) {
    errors.country_code = "Use the two-letter ISO code, e.g. DE."
  }
  if (values.currency_code.trim() && !/^[a-z]{3}$/i.test(values.currency_code.trim())) {
    errors.currency_code = "Use the three-letter ISO code, e.g. EUR."
  }
  const minOrderError = optionalAmountError(values.min_order_amount, "no minimum")
  if (minOrderError) {
    errors.min_order_amount = minOrderError
  }
  return errors
}

/** A hint when an optional amount (minimum order, spending limit) cannot be sent as typed. */
export function optionalAmountError(text: string, emptyMeans: string) {
  const trimmed = text.trim()
  if (trimmed && (!Number.isFinite(Number(trimmed)) || Number(trimmed) < 0)) {
    return `Enter an amount of 0 or more, or leave it empty for ${emptyMeans}.`
  }
  return undefined
}

/** The typed optional amount as the API takes it: empty is null (no minimum, no limit). */
/** Whether the text looks like an email address (the server has the last word). */
export const isEmail = (text: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text.trim())

export const optionalAmountFrom = (text: string) => (text.trim() ? Number(text.trim()) : null)

/** The request body for the values; empty optional fields are sent as null so an edit can clear them. */
export function companyInputFrom(values: CompanyFormValues): CompanyInput {
  const optional = (value: string) => (value.trim() ? value.trim() : null)
  return {
    name: values.name.trim(),
    legal_name: optional(values.legal_name),
    tax_id: optional(values.tax_id),
    email: optional(values.email),
    phone: optional(values.phone),
    address_1: optional(values.address_1),
    address_2: optional(values.address_2),
    city: optional(values.city),
    postal_code: optional(values.postal_code),
    province: optional(values.province),
    country_code: optional(values.country_code)?.toLowerCase() ?? null,
    currency_code: optional(values.currency_code)?.toLowerCase() ?? null,
    status: values.status,
    min_order_amount: optionalAmountFrom(values.min_order_amount),
    account_manager_id: optional(values.account_manager_id),
    notes: optional(values.notes),
  }
}

/** A new company is sent without the fields the admin left empty. */
export function newCompanyInputFrom(values: CompanyFormValues): CompanyInput {
  const input = companyInputFrom(values)
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null)) as CompanyInput
}
