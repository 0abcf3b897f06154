import type { LinkDefinition } from "@medusajs/framework/types"
import { StepResponse, type StepExecutionContext } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { linkOrderToCompanyWorkflow, unlinkOrderFromCompanyWorkflow } from "../company/link-order"

type OrderCreatedHook = (
  invoke: (
    input: { order_id: string; cart_id: string },
    context: StepExecutionContext
  ) => Promise<StepResponse<LinkDefinition[], LinkDefinition[]>>,
  compensate: (links: LinkDefinition[] | undefined, context: StepExecutionContext) => Promise<void>
) => void

// completeCartWorkflow declares `orderCreated` (after the order, the reservations and the payment authorisation)
// but Medusa's types leave it out; the plugin relies on it to bind orders to companies, so it refuses to start
// without it rather than place orders that no company sees.
const orderCreated = (completeCartWorkflow.hooks as typeof completeCartWorkflow.hooks & { orderCreated?: OrderCreatedHook })
  .orderCreated
if (typeof orderCreated !== "function") {
  throw new Error(
    "medusa-b2b-wholesale: completeCartWorkflow has no orderCreated hook in this Medusa version; orders could not be bound to companies."
  )
}

// The order belongs to the company its customer is an employee of at checkout, bound inside checkout: if a
// later step of the checkout fails, the link is dismissed with the order.
orderCreated(
  async ({ order_id }, { container }) => {
    const { result } = await linkOrderToCompanyWorkflow(container).run({ input: { order_id } })
    const links = result ?? []
    return new StepResponse(links, links)
  },
  async (links, { container }) => {
    if (links?.length) {
      await unlinkOrderFromCompanyWorkflow(container).run({ input: { links } })
    }
  }
)
