import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteQuantityRulesStep } from "./steps/quantity-rule-records"
import { validateQuantityRuleChangesStep } from "./steps/validate-quantity-rule-changes"

/** Removes lot rules (soft delete); the variants fall back to the next most specific rule. */
export const deleteQuantityRulesWorkflow = createWorkflow(
  "b2b-delete-quantity-rules",
  (input: { ids: string[] }) => {
    validateQuantityRuleChangesStep(transform({ input }, ({ input }) => ({ delete: input.ids })))
    return new WorkflowResponse(deleteQuantityRulesStep(input.ids))
  }
)
