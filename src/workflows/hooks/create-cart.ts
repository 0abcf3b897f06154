import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { addToCartSubject, assertCartAllowed, createCheckContext } from "../cart-checks"

// Items passed when a cart is created are judged like an add to cart (lots, who may order), so a storefront
// learns at once. A cart belongs to no company of its own: its company is its customer's (see companyOfCustomer).
createCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const items = (input.items ?? []) as Array<{ variant_id?: string | null; quantity: unknown }>
  if (!items.length) {
    return
  }
  const customerId = cart.customer_id ?? null
  const context = createCheckContext(container, customerId)
  const [subject] = await Promise.all([
    addToCartSubject(
      container,
      { id: "", currency_code: cart.currency_code ?? "", customer: { id: customerId } },
      items
    ),
    context.buyer(),
  ])
  await assertCartAllowed(subject, context)
})
