import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refreshCartItemsWorkflow } from "@medusajs/medusa/core-flows"

/**
 * Re-prices the open carts (not completed) of these customers for who they are now: Medusa recomputes each line
 * price from the customer's current groups (the company's negotiated prices and discount follow group
 * membership) and re-applies automatic promotions. Runs last in the workflows that change a membership, after the
 * groups have changed.
 *
 * There is nothing to compensate: the step writes no membership, only prices derived from it, and nothing runs
 * after it in those workflows. If a refresh fails, the workflow fails and its membership changes are undone;
 * carts refreshed before the failure keep the prices of the intended membership until they are refreshed again.
 */
export const repriceOpenCartsStep = createStep(
  "b2b-reprice-open-carts",
  async (input: { customer_ids: string[] }, { container }) => {
    const customerIds = [...new Set(input.customer_ids.filter(Boolean))]
    if (!customerIds.length) {
      return new StepResponse([] as string[])
    }
    const carts = await container
      .resolve(Modules.CART)
      .listCarts({ customer_id: customerIds, completed_at: { $eq: null } }, { select: ["id"] })
    for (const cart of carts) {
      await refreshCartItemsWorkflow(container).run({ input: { cart_id: cart.id, force_refresh: true } })
    }
    return new StepResponse(carts.map((cart) => cart.id))
  }
)
