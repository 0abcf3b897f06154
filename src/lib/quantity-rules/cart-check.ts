import type { CartCheckContext, CartCheckSubject, CartViolation } from "../cart-checks/types"
import { loadQuantityRules } from "./load"
import { effectiveQuantityRule } from "./rules"
import { quantityViolation } from "./violations"

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
  const rules = await loadQuantityRules(context.container, {
    variant_ids: lines.map((line) => line.variant_id),
    product_ids: lines.map((line) => line.product_id ?? ""),
    company_id: companyId,
  })
  if (!rules.length) {
    return []
  }
  const violations: CartViolation[] = []
  for (const line of lines) {
    const rule = effectiveQuantityRule(rules, {
      variant_id: line.variant_id,
      product_id: line.product_id,
      company_id: companyId,
    })
    const violation = quantityViolation(rule, line)
    if (violation) {
      violations.push(violation)
    }
  }
  return violations
}
