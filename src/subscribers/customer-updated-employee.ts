import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { syncEmployeeContactWorkflow } from "../workflows/company/sync-employee-contact"

export default async function syncEmployeeOnCustomerUpdate({ event, container }: SubscriberArgs<{ id: string }>) {
  await syncEmployeeContactWorkflow(container).run({ input: { customer_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "customer.updated",
}
