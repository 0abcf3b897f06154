import "./builtin-checks"

export * from "../../lib/cart-checks/types"
export * from "./types"
export {
  registerCartCheck,
  listCartChecks,
  collectCartViolations,
  createCheckContext,
  assertCartAllowed,
  throwIfViolated,
} from "./chain"
export { addToCartSubject, updateLineSubject, wholeCartSubject, linesByVariant } from "./subjects"
export { loadBuyer } from "../../queries/buyer"
