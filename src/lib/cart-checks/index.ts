import "./builtin-checks"

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
export { loadBuyer } from "./buyer"
