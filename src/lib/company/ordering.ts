import type { Buyer, CartViolation } from "../cart-checks/types"

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

/** The company's minimum order amount against the cart's item subtotal (before tax and shipping). */
export function minOrderAmountViolations(
  buyer: Buyer | null,
  itemSubtotal: number | undefined,
  currencyCode: string
): CartViolation[] {
  const minimum = buyer?.company.min_order_amount
  if (minimum === null || minimum === undefined || itemSubtotal === undefined) {
    return []
  }
  if (itemSubtotal >= minimum) {
    return []
  }
  const currency = currencyCode.toUpperCase()
  const missing = Math.round((minimum - itemSubtotal) * 100) / 100
  return [
    {
      code: "below_min_order_amount",
      kind: "invalid_data",
      message: `The minimum order for "${buyer!.company.name}" is ${minimum} ${currency}; this cart's subtotal is ${itemSubtotal} ${currency}, add ${missing} ${currency} more.`,
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
