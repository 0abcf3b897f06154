import type { LinkDefinition } from "@medusajs/framework/types"
import { StepResponse, type StepExecutionContext } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { linkOrderToCompanyWorkflow, unlinkOrderFromCompanyWorkflow } from "../company/link-order"
import { bindOrderChargeWorkflow } from "../credit/ledger"
import { CREDIT_MODULE } from "../../modules/credit"
import type CreditModuleService from "../../modules/credit/service"

/** What the handler did, to undo: the company links, and the charge bound to the order (with its state before). */
type OrderBinding = { links: LinkDefinition[]; charge: { id: string; state: "pending" | "open" | "void" } | null }

type OrderCreatedHook = (
  invoke: (
    input: { order_id: string; cart_id: string },
    context: StepExecutionContext
  ) => Promise<StepResponse<LinkDefinition[], OrderBinding>>,
  compensate: (binding: OrderBinding | undefined, context: StepExecutionContext) => Promise<void>
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
// later step of the checkout fails, the link is dismissed with the order. An order on account takes over the
// charge checkout held for its cart, due after the company's net days (undone the same way).
orderCreated(
  async ({ order_id, cart_id }, { container }) => {
    const { result } = await linkOrderToCompanyWorkflow(container).run({ input: { order_id } })
    const links = result ?? []
    const { result: charge } = await bindOrderChargeWorkflow(container).run({ input: { order_id, cart_id } })
    return new StepResponse(links, { links, charge: charge ?? null })
  },
  async (binding, { container }) => {
    if (binding?.charge) {
      await container.resolve<CreditModuleService>(CREDIT_MODULE).unbindCharge(binding.charge)
    }
    if (binding?.links?.length) {
      await unlinkOrderFromCompanyWorkflow(container).run({ input: { links: binding.links } })
    }
  }
)
