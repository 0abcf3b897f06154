import { companyOrderingViolations, minOrderAmountViolations, spendingLimitViolations } from "../../lib/company/ordering"
import { quantityRuleViolations } from "./quantity-rules"
import { registerCartCheck } from "./chain"

// The plugin's own checks, run before any check a host app registers (order < 1000).
registerCartCheck({
  name: "b2b:company-may-order",
  order: 100,
  check: async (_subject, context) => companyOrderingViolations(await context.buyer()),
})

registerCartCheck({
  name: "b2b:quantity-rules",
  order: 200,
  check: quantityRuleViolations,
})

registerCartCheck({
  name: "b2b:min-order-amount",
  order: 300,
  stages: ["complete", "preview"],
  check: async (subject, context) =>
    minOrderAmountViolations(await context.buyer(), subject.item_subtotal, subject.currency_code),
})

registerCartCheck({
  name: "b2b:spending-limit",
  order: 400,
  stages: ["complete", "preview"],
  check: async (subject, context) =>
    spendingLimitViolations(await context.buyer(), subject.total, subject.currency_code),
})
