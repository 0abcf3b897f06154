import { updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertCartAllowed, createCheckContext, updateLineSubject } from "../cart-checks"

// Judges the line's variant on its total after the change; removing a line (quantity 0) always passes.
updateLineItemInCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const quantity = input.update?.quantity
  if (quantity === null || quantity === undefined) {
    return
  }
  const subject = updateLineSubject(cart, input.item_id, Number(quantity))
  await assertCartAllowed(subject, createCheckContext(container, subject.customer_id))
})
