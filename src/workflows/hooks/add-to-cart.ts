import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { addToCartSubject, assertCartAllowed, createCheckContext } from "../../lib/cart-checks"

// Judges each added variant on the quantity its lines will hold after the merge.
addToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const subject = await addToCartSubject(container, cart as any, input.items as any)
  await assertCartAllowed(subject, createCheckContext(container, subject.customer_id))
})
