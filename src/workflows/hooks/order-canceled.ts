import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { CREDIT_MODULE } from "../../modules/credit"
import type CreditModuleService from "../../modules/credit/service"
import type { LedgerWrite } from "../../modules/credit/service"
import { voidOrderChargeWorkflow } from "../credit/ledger"

// A canceled order owes nothing: its charge on account is voided by a credit note (undone if the cancel fails later).
cancelOrderWorkflow.hooks.orderCanceled(
  async ({ order }, { container }) => {
    const { result } = await voidOrderChargeWorkflow(container).run({ input: { order_id: order.id, note: "Order canceled" } })
    return new StepResponse(undefined, (result ?? null) as LedgerWrite | null)
  },
  async (write: LedgerWrite | null | undefined, { container }) => {
    if (write) await container.resolve<CreditModuleService>(CREDIT_MODULE).undoLedgerWrite(write)
  }
)
