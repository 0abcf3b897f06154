import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CartWorkflowEvents } from "@medusajs/framework/utils"
import { linkCartToCompanyWorkflow } from "../workflows/company/link-cart"

/** A guest's cart taken over by a customer who logged in follows that customer's company (or none). */
export default async function linkCartToCustomersCompany({ event, container }: SubscriberArgs<{ id: string }>) {
  await linkCartToCompanyWorkflow(container).run({ input: { cart_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: CartWorkflowEvents.CUSTOMER_TRANSFERRED,
}
