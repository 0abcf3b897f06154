import type { CompanyStatus, EmployeeRole } from "./types"

export const COMPANY_STATUS_LABELS: Record<CompanyStatus, string> = {
  pending: "Pending",
  active: "Active",
  on_hold: "On hold",
  blocked: "Blocked",
}

export const COMPANY_STATUS_COLORS: Record<CompanyStatus, "green" | "orange" | "red" | "grey"> = {
  pending: "orange",
  active: "green",
  on_hold: "grey",
  blocked: "red",
}

/** What each status means for the company's buyers, shown before an admin changes it. */
export const COMPANY_STATUS_EFFECTS: Record<CompanyStatus, string> = {
  pending: "Its buyers cannot place orders until the account is approved.",
  active: "Its buyers can place orders again.",
  on_hold: "Its buyers cannot place orders until the hold is lifted.",
  blocked: "Its buyers cannot place orders.",
}

export const EMPLOYEE_ROLE_LABELS: Record<EmployeeRole, string> = {
  admin: "Admin",
  buyer: "Buyer",
  viewer: "Viewer",
}

export const EMPLOYEE_ROLE_HINTS: Record<EmployeeRole, string> = {
  admin: "Manages the company's employees and sees everything of the company.",
  buyer: "Places orders for the company.",
  viewer: "Sees the company's prices and orders, cannot order.",
}

/** The amount in the currency; `none` when there is no amount (e.g. "No limit"). */
export function formatAmount(amount: number | string | null | undefined, currencyCode?: string | null, none = "-") {
  if (amount === null || amount === undefined || amount === "") {
    return none
  }
  const value = Number(amount)
  if (!currencyCode) {
    return value.toLocaleString()
  }
  try {
    return new Intl.NumberFormat(undefined, { style: "currency", currency: currencyCode.toUpperCase() }).format(value)
  } catch {
    return `${value.toLocaleString()} ${currencyCode.toUpperCase()}`
  }
}

export function formatDate(value: string | Date | null | undefined) {
  if (!value) {
    return "-"
  }
  return new Date(value).toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric" })
}

export function personName(person: { first_name?: string | null; last_name?: string | null }) {
  return [person.first_name, person.last_name].filter(Boolean).join(" ")
}

/** The message of a failed request, as the server worded it. */
export function errorMessage(error: unknown) {
  if (error instanceof Error && error.message) {
    return error.message
  }
  return "Something went wrong. Try again."
}

/** True when the server answered 404 (e.g. a customer who belongs to no company). */
export function isNotFound(error: unknown) {
  return typeof error === "object" && error !== null && (error as { status?: number }).status === 404
}
