import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertCartAllowed, createCheckContext, wholeCartSubject } from "../cart-checks"

// Everything again on the final cart, plus the company's minimum order amount.
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const subject = wholeCartSubject("complete", cart)
  await assertCartAllowed(subject, createCheckContext(container, subject.customer_id))
})
