import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateQuantityRulesStep } from "./steps/quantity-rule-records"
import { validateQuantityRuleChangesStep } from "./steps/validate-quantity-rule-changes"
import type { UpdateQuantityRule } from "./types"

/** Changes the terms of existing lot rules; each rule must stay valid with the new terms. */
export const updateQuantityRulesWorkflow = createWorkflow(
  "b2b-update-quantity-rules",
  (input: { quantity_rules: UpdateQuantityRule[] }) => {
    validateQuantityRuleChangesStep(transform({ input }, ({ input }) => ({ update: input.quantity_rules })))
    return new WorkflowResponse(updateQuantityRulesStep(input.quantity_rules))
  }
)
