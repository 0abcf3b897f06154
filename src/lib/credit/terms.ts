import { MathBN } from "@medusajs/framework/utils"
import { currencyDecimals } from "../company/min-order"
import type { Buyer } from "../cart-checks/types"
import { B2B_PAYMENT_METHODS, b2bPaymentProviderId, type B2BPaymentMethod } from "./vocabulary"

export interface PaymentRefusal {
  /** `forbidden` (403): the company's terms do not allow the method; `invalid_data` (400): this cart does not fit. */
  kind: "forbidden" | "invalid_data"
  message: string
}

export const GUARANTEE_NOT_AVAILABLE = "Payment against a guarantee letter is not possible: guarantee letters are not available yet."

/**
 * Why this buyer may not order on account at all, before any amount is judged; null when they may.
 * Company status and role are judged by the cart checks that run first.
 */
export function onAccountRefusal(buyer: Buyer | null, cartCurrency: string): PaymentRefusal | null {
  if (!buyer) {
    return { kind: "forbidden", message: "Ordering on account is for company accounts; choose another payment method." }
  }
  const { company } = buyer
  const terms = company.payment_terms ?? "prepaid"
  if (terms !== "net") {
    return {
      kind: "forbidden",
      message: `${company.name} pays ${terms === "prepaid" ? "in advance (prepaid terms)" : "against guarantee letters"}, not on account; choose another payment method.`,
    }
  }
  if (company.credit_limit === null || company.credit_limit === undefined) {
    return { kind: "invalid_data", message: `${company.name} has no credit limit yet, so it cannot order on account; ask the merchant for one.` }
  }
  const accountCurrency = (company.currency_code ?? cartCurrency).toLowerCase()
  if (accountCurrency !== cartCurrency.toLowerCase()) {
    return {
      kind: "invalid_data",
      message: `${company.name}'s account is kept in ${accountCurrency.toUpperCase()}; a cart in ${cartCurrency.toUpperCase()} cannot be ordered on account.`,
    }
  }
  return null
}

export interface PaymentOption {
  method: B2BPaymentMethod
  provider_id: string
  available: boolean
  reason?: string
}

/** Which of the plugin's methods the buyer can use now, with a reason for each one they cannot. */
export function paymentOptions(
  buyer: Buyer | null,
  available: string | number,
  options: { registrationId?: string; currency_code?: string | null } = {}
): PaymentOption[] {
  return B2B_PAYMENT_METHODS.map((method): PaymentOption => {
    const provider_id = b2bPaymentProviderId(method, options.registrationId)
    if (method === "invoice") return { method, provider_id, available: true }
    if (method === "guarantee") return { method, provider_id, available: false, reason: GUARANTEE_NOT_AVAILABLE }
    const refusal = onAccountRefusal(buyer, options.currency_code ?? buyer?.company.currency_code ?? "")
    if (refusal) return { method, provider_id, available: false, reason: refusal.message }
    if (!(Number(available) > 0)) {
      return { method, provider_id, available: false, reason: "The company's credit limit is used up; pay open invoices to order on account again." }
    }
    return { method, provider_id, available: true }
  })
}

const ROUND_DOWN = 1

/** An amount for a buyer's message: the currency's minor unit, rounded down (what is available is never overstated). */
export function formatCreditAmount(value: string | number | { toString(): string }, currencyCode: string): string {
  const digits = currencyDecimals(currencyCode)
  return `${MathBN.convert(value.toString()).decimalPlaces(digits, ROUND_DOWN).toFixed(digits)} ${currencyCode.toUpperCase()}`
}
