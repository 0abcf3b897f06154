import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { addToCartSubject, assertCartAllowed, createCheckContext } from "../cart-checks"

// Judges each added variant on the quantity its lines will hold after the merge.
addToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const context = createCheckContext(container, cart.customer?.id ?? null)
  // The buyer loads while the lines do: both are needed by the checks.
  const [subject] = await Promise.all([addToCartSubject(container, cart, input.items), context.buyer()])
  await assertCartAllowed(subject, context)
})
