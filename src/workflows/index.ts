// Public surface for host apps: add checks to the plugin's cart hook chain, and reuse its workflows.
export {
  registerCartCheck,
  listCartChecks,
  collectCartViolations,
  createCheckContext,
} from "./cart-checks"
export type {
  CartCheck,
  CartCheckContext,
  CartCheckRegistration,
  CartCheckStage,
  CartCheckSubject,
  CartLine,
  CartViolation,
  Buyer,
} from "./cart-checks"

export * from "./company"
export * from "./quantity-rules"
export * from "./prices"
