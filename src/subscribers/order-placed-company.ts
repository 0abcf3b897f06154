import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { linkOrderToCompanyWorkflow } from "../workflows/company/link-order"

// Orders placed from a cart are bound to their company inside checkout (completeCartWorkflow's orderCreated hook);
// this binds the others, e.g. a draft order converted by the merchant. An order already bound is left as it is.
export default async function linkPlacedOrderToCompany({ event, container }: SubscriberArgs<{ id: string }>) {
  await linkOrderToCompanyWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "order.placed",
}
