import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteQuantityRulesOfTargetsStep } from "./steps/quantity-rule-records"

/** Drops the rules of deleted variants or products, so no rule points at nothing. */
export const deleteQuantityRulesOfTargetsWorkflow = createWorkflow(
  "b2b-delete-quantity-rules-of-targets",
  (input: { company_ids?: string[]; variant_ids?: string[]; product_ids?: string[] }) =>
    new WorkflowResponse(deleteQuantityRulesOfTargetsStep(input))
)
