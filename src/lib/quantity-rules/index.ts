export * from "./types"
export {
  quantityRuleProblems,
  quantityRuleScope,
  effectiveQuantityRule,
  isQuantityAllowed,
  nearestAllowedQuantities,
} from "./rules"
export { describeQuantityRule, quantityViolation } from "./violations"
export { effectiveQuantityRules, loadQuantityRules, QUANTITY_RULE_FIELDS } from "./load"
export type { QuantityRuleLookup } from "./load"
export { quantityRuleViolations } from "./cart-check"
