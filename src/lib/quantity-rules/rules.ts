import { isBoundedQuantity, MAX_QUANTITY } from "../input/bounds"
import {
  DEFAULT_INCREMENT,
  DEFAULT_MIN_QUANTITY,
  type QuantityRule,
  type QuantityRuleScope,
  type QuantityRuleSubject,
  type QuantityRuleTerms,
} from "./types"

const isWholeAtLeastOne = (value: unknown): value is number => typeof value === "number" && isBoundedQuantity(value)

const wholeAtLeastOne = (field: string, value: unknown, orNull = "") =>
  typeof value === "number" && value > MAX_QUANTITY
    ? `${field} must be at most ${MAX_QUANTITY.toLocaleString("en")} (got ${value}).`
    : `${field} must be a whole number of at least 1${orNull} (got ${value}).`

/** The nearest multiples of `step` around `value`, for messages that suggest a fix. */
const multiplesAround = (value: number, step: number): string => {
  const below = Math.floor(value / step) * step
  const above = Math.ceil(value / step) * step
  return below >= step && below !== above ? `${below} or ${above}` : `${above}`
}

/**
 * Problems that make a rule unusable, each a sentence naming the field; empty when valid.
 * Missing `min_quantity` and `increment` take their defaults (1).
 */
export function quantityRuleProblems(rule: Partial<QuantityRule>): string[] {
  const problems: string[] = []
  const hasVariant = !!rule.variant_id
  const hasProduct = !!rule.product_id
  if (hasVariant && hasProduct) {
    problems.push("A quantity rule targets exactly one of variant_id or product_id, not both.")
  } else if (!hasVariant && !hasProduct) {
    problems.push("A quantity rule needs a target: give a variant_id or a product_id.")
  }

  const min = rule.min_quantity ?? DEFAULT_MIN_QUANTITY
  const increment = rule.increment ?? DEFAULT_INCREMENT
  const max = rule.max_quantity ?? null
  const termsAreWhole = [min, increment, max ?? 1].every(isWholeAtLeastOne)
  if (!isWholeAtLeastOne(min)) {
    problems.push(wholeAtLeastOne("min_quantity", min))
  }
  if (!isWholeAtLeastOne(increment)) {
    problems.push(wholeAtLeastOne("increment", increment))
  }
  if (max !== null && !isWholeAtLeastOne(max)) {
    problems.push(wholeAtLeastOne("max_quantity", max, ", or null for no maximum"))
  }
  if (!termsAreWhole) {
    return problems
  }
  if (min % increment !== 0) {
    problems.push(
      `min_quantity ${min} is not a multiple of increment ${increment}: use ${multiplesAround(min, increment)}.`
    )
  }
  if (max !== null && max % increment !== 0) {
    problems.push(
      `max_quantity ${max} is not a multiple of increment ${increment}: use ${multiplesAround(max, increment)}.`
    )
  }
  if (max !== null && max < min) {
    problems.push(`max_quantity ${max} is below min_quantity ${min}.`)
  }
  return problems
}

/** The scope of a rule for a subject, or null when the rule does not apply to it. */
export function quantityRuleScope(rule: QuantityRule, subject: QuantityRuleSubject): QuantityRuleScope | null {
  if (rule.company_id && rule.company_id !== subject.company_id) {
    return null
  }
  const forCompany = !!rule.company_id
  if (rule.variant_id) {
    if (rule.variant_id !== subject.variant_id) return null
    return forCompany ? "company_variant" : "variant"
  }
  if (rule.product_id && rule.product_id === subject.product_id) {
    return forCompany ? "company_product" : "product"
  }
  return null
}

const SCOPE_RANK: Record<QuantityRuleScope, number> = {
  company_variant: 0,
  company_product: 1,
  variant: 2,
  product: 3,
}

/**
 * The rule that governs a variant for a buyer: the most specific of company+variant,
 * company+product, variant, product. Null when none applies (any quantity is allowed).
 */
export function effectiveQuantityRule<R extends QuantityRule>(
  rules: readonly R[],
  subject: QuantityRuleSubject
): R | null {
  let best: R | null = null
  let bestRank = Infinity
  for (const rule of rules) {
    const scope = quantityRuleScope(rule, subject)
    if (scope && SCOPE_RANK[scope] < bestRank) {
      best = rule
      bestRank = SCOPE_RANK[scope]
    }
  }
  return best
}

/** The largest quantity the rule allows, Infinity without a maximum, or null if it allows none. */
function largestAllowed(rule: QuantityRuleTerms): number | null {
  if (rule.max_quantity === null || rule.max_quantity === undefined) {
    return Infinity
  }
  if (rule.max_quantity < rule.min_quantity) {
    return null
  }
  return rule.min_quantity + Math.floor((rule.max_quantity - rule.min_quantity) / rule.increment) * rule.increment
}

/** True when `quantity` is one of min, min + increment, … up to the maximum. */
export function isQuantityAllowed(rule: QuantityRuleTerms | null, quantity: number): boolean {
  if (!rule) {
    return Number.isInteger(quantity) && quantity >= 1
  }
  const top = largestAllowed(rule)
  return (
    Number.isInteger(quantity) &&
    top !== null &&
    quantity >= rule.min_quantity &&
    quantity <= top &&
    (quantity - rule.min_quantity) % rule.increment === 0
  )
}

/**
 * The allowed quantities nearest to `quantity`: the largest allowed one not above it and the
 * smallest allowed one not below it (both equal `quantity` when it is allowed; null when none).
 */
export function nearestAllowedQuantities(
  rule: QuantityRuleTerms,
  quantity: number
): { below: number | null; above: number | null } {
  const top = largestAllowed(rule)
  if (top === null) {
    return { below: null, above: null }
  }
  const { min_quantity: min, increment } = rule
  const below =
    quantity < min ? null : Math.min(top, min + Math.floor((quantity - min) / increment) * increment)
  const upward = quantity <= min ? min : min + Math.ceil((quantity - min) / increment) * increment
  return { below, above: upward > top ? null : upward }
}
