import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { linkOrderToCompanyWorkflow } from "../workflows/company/link-order"

export default async function linkPlacedOrderToCompany({ event, container }: SubscriberArgs<{ id: string }>) {
  await linkOrderToCompanyWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "order.placed",
}
