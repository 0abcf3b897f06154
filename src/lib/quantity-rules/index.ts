export * from "./types"
export {
  quantityRuleProblems,
  quantityRuleScope,
  effectiveQuantityRule,
  isQuantityAllowed,
  nearestAllowedQuantities,
} from "./rules"
export { describeQuantityRule, quantityViolation } from "./violations"
