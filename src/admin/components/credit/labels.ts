import type { ChargeStatus, LedgerEntryType, PaymentTerms } from "../../lib/credit"

export const PAYMENT_TERMS_LABELS: Record<PaymentTerms, string> = {
  prepaid: "Prepaid",
  net: "Net (on account)",
  guarantee: "Against a guarantee letter",
}

export const ENTRY_TYPE_LABELS: Record<LedgerEntryType, string> = {
  charge: "Charge",
  payment: "Payment",
  credit_note: "Credit note",
  adjustment: "Adjustment",
}

export const CHARGE_STATUS_LABELS: Record<ChargeStatus, string> = {
  pending: "Held at checkout",
  open: "Open",
  paid: "Paid",
  overdue: "Overdue",
  void: "Void",
}

export const CHARGE_STATUS_COLORS: Record<ChargeStatus, "green" | "orange" | "red" | "grey" | "blue"> = {
  pending: "orange",
  open: "blue",
  paid: "green",
  overdue: "red",
  void: "grey",
}

/** Today and the first day of the month three months back, `YYYY-MM-DD`: the default statement period. */
export function defaultStatementPeriod(today = new Date()) {
  const to = today.toISOString().slice(0, 10)
  const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 2, 1))
  return { from: start.toISOString().slice(0, 10), to }
}
