/** Events about a company's account, for notification providers and host code. */
export const CreditEvents = {
  CHARGE_OVERDUE: "b2b.charge.overdue",
} as const

/** What `b2b.charge.overdue` carries: ids only; read the charge for the rest. */
export interface ChargeOverduePayload {
  id: string
  company_id: string
}
