import type { CartCheckSubject, CartViolation } from "../../lib/cart-checks/types"
import type { CartCheckContext } from "./types"
import { effectiveQuantityRules } from "../../queries/quantity-rules"
import { quantityViolation } from "../../lib/quantity-rules/violations"

/** Lot rules on every judged line: the effective rule for the buyer against the line's total quantity. */
export async function quantityRuleViolations(
  subject: CartCheckSubject,
  context: CartCheckContext
): Promise<CartViolation[]> {
  // Removed lines (quantity 0) are never judged.
  const lines = subject.lines.filter((line) => line.quantity > 0)
  if (!lines.length) {
    return []
  }
  const companyId = (await context.buyer())?.company.id ?? null
  const rules = await effectiveQuantityRules(context.container, lines, companyId)
  const violations: CartViolation[] = []
  for (const line of lines) {
    const violation = quantityViolation(rules.get(line.variant_id) ?? null, line)
    if (violation) {
      violations.push(violation)
    }
  }
  return violations
}
