import { MathBN } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"
import type { Buyer, CartViolation } from "../cart-checks/types"
import { amountUpToMinorUnit } from "./min-order"

const STATUS_REASON: Record<Buyer["company"]["status"], string | null> = {
  active: null,
  pending: "is awaiting approval by the merchant",
  on_hold: "is on hold",
  blocked: "is blocked",
}

/**
 * Who may place orders for a company: an employee whose role is not `viewer`, of a company
 * that is `active`. A customer with no company buys as a retail customer and is not judged here.
 */
export function companyOrderingViolations(buyer: Buyer | null): CartViolation[] {
  if (!buyer) {
    return []
  }
  const violations: CartViolation[] = []
  const reason = STATUS_REASON[buyer.company.status]
  if (reason) {
    violations.push({
      code: "company_inactive",
      kind: "forbidden",
      message: `Your company account "${buyer.company.name}" ${reason}, so it cannot place orders; contact the merchant to reactivate it.`,
    })
  }
  if (buyer.role === "viewer") {
    violations.push({
      code: "role_cannot_order",
      kind: "forbidden",
      message: `Your role in "${buyer.company.name}" is viewer: viewers can see prices and orders but cannot order. Ask a company admin for the buyer role.`,
    })
  }
  return violations
}

/**
 * The company's minimum order amount against the cart's item subtotal (before tax and shipping), compared as
 * big numbers. A minimum is stated in one currency: a cart in another currency is refused rather than converted
 * (the plugin holds no exchange rates), and the buyer is told which currency the minimum is in.
 * A minimum stored without a currency (set before minimums had one) is judged in the cart's currency.
 */
export function minOrderAmountViolations(
  buyer: Buyer | null,
  itemSubtotal: BigNumberInput | undefined,
  currencyCode: string
): CartViolation[] {
  const minimum = buyer?.company.min_order_amount
  if (!buyer || minimum === null || minimum === undefined || itemSubtotal === undefined) {
    return []
  }
  const currency = currencyCode.toUpperCase()
  const minimumCurrency = (buyer.company.min_order_currency_code ?? currencyCode).toUpperCase()
  if (minimumCurrency !== currency) {
    return [
      {
        code: "min_order_currency_mismatch",
        kind: "invalid_data",
        message: `The minimum order for "${buyer.company.name}" is ${MathBN.convert(minimum).toString()} ${minimumCurrency}, and this cart is in ${currency}: orders for the company are placed in ${minimumCurrency}. Choose a region that sells in ${minimumCurrency}, or ask the merchant to state the minimum in ${currency}.`,
      },
    ]
  }
  if (MathBN.gte(itemSubtotal, minimum)) {
    return []
  }
  const missing = amountUpToMinorUnit(MathBN.sub(minimum, itemSubtotal), currency)
  return [
    {
      code: "below_min_order_amount",
      kind: "invalid_data",
      message: `The minimum order for "${buyer.company.name}" is ${MathBN.convert(minimum).toString()} ${currency}; this cart's subtotal is ${MathBN.convert(itemSubtotal).toString()} ${currency}, add ${missing} ${currency} more.`,
    },
  ]
}

/** An employee's spending limit caps what one order may cost them (tax and shipping included). */
export function spendingLimitViolations(
  buyer: Buyer | null,
  total: number | undefined,
  currencyCode: string
): CartViolation[] {
  const limit = buyer?.spending_limit
  if (limit === null || limit === undefined || total === undefined || total <= limit) {
    return []
  }
  const currency = currencyCode.toUpperCase()
  return [
    {
      code: "above_spending_limit",
      kind: "invalid_data",
      message: `This order totals ${total} ${currency}, above your spending limit of ${limit} ${currency} per order; ask a company admin to place it or to raise your limit.`,
    },
  ]
}
