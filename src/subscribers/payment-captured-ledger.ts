import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordCapturesInLedgerWorkflow } from "../workflows/credit/record-captures"

// A capture of an on-account payment in Medusa admin means the company paid: it is recorded in the company's ledger,
// once per capture (the capture's id is the payment's reference), so a repeated event records nothing twice.
export default async function recordCaptureInLedger({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordCapturesInLedgerWorkflow(container).run({ input: { payment_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "payment.captured",
}
