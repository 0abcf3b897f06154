// The words of a company's account, shared by the server, the storefront types and the admin extensions.
// Nothing here may import server code.

export const LEDGER_ENTRY_TYPES = ["charge", "payment", "credit_note", "adjustment"] as const
export type LedgerEntryType = (typeof LEDGER_ENTRY_TYPES)[number]

/** `debit` raises what the company owes (charges, debit adjustments); `credit` lowers it. */
export const LEDGER_DIRECTIONS = ["debit", "credit"] as const
export type LedgerDirection = (typeof LEDGER_DIRECTIONS)[number]

/**
 * What is stored of a charge: `pending` while checkout holds the credit (no order yet), `open` once bound to its
 * order, `void` after a credit note cancelled it. Payments and notes have no state.
 */
export const CHARGE_STATES = ["pending", "open", "void"] as const
export type ChargeState = (typeof CHARGE_STATES)[number]

/** A charge's status as read: `paid` and `overdue` are derived from allocations and `due_at`, never stored. */
export const CHARGE_STATUSES = ["pending", "open", "paid", "overdue", "void"] as const
export type ChargeStatus = (typeof CHARGE_STATUSES)[number]

/** The payment methods the plugin's payment provider offers, and their Medusa provider ids. */
export const B2B_PAYMENT_METHODS = ["invoice", "on_account", "guarantee"] as const
export type B2BPaymentMethod = (typeof B2B_PAYMENT_METHODS)[number]
/** The `id` the provider is registered under in medusa-config; Medusa names each method `pp_<method>_<id>`. */
export const B2B_PAYMENT_PROVIDER_REGISTRATION_ID = "b2b"
export const b2bPaymentProviderId = (method: B2BPaymentMethod, registrationId = B2B_PAYMENT_PROVIDER_REGISTRATION_ID) =>
  `pp_${method}_${registrationId}`

/** The plugin's method a Medusa payment provider id stands for (`pp_on_account_b2b` → `on_account`), or null. */
export function b2bPaymentMethodOf(providerId: string | null | undefined): B2BPaymentMethod | null {
  const match = /^pp_(invoice|on_account|guarantee)_/.exec(providerId ?? "")
  return match ? (match[1] as B2BPaymentMethod) : null
}
