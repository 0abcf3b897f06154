import type { CartLine, CartViolation } from "../cart-checks/types"
import { isQuantityAllowed, nearestAllowedQuantities } from "./rules"
import type { QuantityRuleTerms } from "./types"

const amount = (quantity: number, unit?: string | null) => (unit ? `${quantity} ${unit}` : `${quantity}`)

/** The rule in words, e.g. "in lots of at least 5 boxes, in steps of 5, up to 100 boxes". */
export function describeQuantityRule(rule: QuantityRuleTerms): string {
  const parts: string[] = []
  if (rule.min_quantity > 1) parts.push(`in lots of at least ${amount(rule.min_quantity, rule.unit)}`)
  if (rule.increment > 1) parts.push(`in steps of ${rule.increment}`)
  if (rule.max_quantity !== null && rule.max_quantity !== undefined) {
    parts.push(`${parts.length ? "up to" : "in lots of at most"} ${amount(rule.max_quantity, rule.unit)}`)
  }
  return parts.join(", ")
}

const lineName = (line: Pick<CartLine, "sku" | "title" | "variant_id">) =>
  line.sku || (line.title ? `"${line.title}"` : line.variant_id)

/**
 * Why the line's quantity breaks the rule, in words a buyer can act on (which SKU, the rule,
 * the nearest allowed quantities), or null when the quantity is allowed or the line is removed.
 */
export function quantityViolation(
  rule: QuantityRuleTerms | null,
  line: Pick<CartLine, "item_id" | "variant_id" | "sku" | "title" | "quantity">
): CartViolation | null {
  if (!rule || line.quantity <= 0 || isQuantityAllowed(rule, line.quantity)) {
    return null
  }
  const code =
    line.quantity < rule.min_quantity
      ? "below_min_quantity"
      : rule.max_quantity !== null && rule.max_quantity !== undefined && line.quantity > rule.max_quantity
        ? "above_max_quantity"
        : "not_increment"
  const { below, above } = nearestAllowedQuantities(rule, line.quantity)
  const choices = [...new Set([below, above].filter((q): q is number => q !== null))]
  const advice = choices.length ? `choose ${choices.join(" or ")}` : "it cannot be ordered"
  const violation: CartViolation = {
    code,
    kind: "invalid_data",
    variant_id: line.variant_id,
    message: `${lineName(line)} is sold ${describeQuantityRule(rule)}: ${advice} (you asked for ${line.quantity}).`,
  }
  if (line.item_id) {
    violation.item_id = line.item_id
  }
  return violation
}
