import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { overdueHoldAction } from "../../lib/credit/overdue-hold"
import { CreditEvents } from "./overdue-events"
import { loadOverdueHoldCandidatesStep, markOverdueChargesStep } from "./steps/overdue"

/**
 * The overdue run: marks the charges that became overdue and announces each once (`b2b.charge.overdue`),
 * then says which companies the overdue hold puts on hold or releases (applied by the job through the
 * company update workflow, which records the hold as the overdue job's).
 */
export const markOverdueChargesWorkflow = createWorkflow("b2b-mark-overdue-charges", (input: { as_of: string }) => {
  const marked = markOverdueChargesStep(input)
  emitEventStep({ eventName: CreditEvents.CHARGE_OVERDUE, data: marked })
  const candidates = loadOverdueHoldCandidatesStep(input)
  const holds = transform({ candidates }, ({ candidates }) =>
    candidates.flatMap((company) => {
      const action = overdueHoldAction({ ...company, max_days_past_due: Number(company.max_days_past_due) })
      return action ? [{ company_id: company.id, action }] : []
    })
  )
  return new WorkflowResponse({ marked, holds })
})
