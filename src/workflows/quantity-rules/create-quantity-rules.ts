import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createQuantityRulesStep } from "./steps/quantity-rule-records"
import { validateQuantityRuleChangesStep } from "./steps/validate-quantity-rule-changes"
import type { CreateQuantityRule } from "./types"

/** Creates lot rules; invalid terms, unknown targets and a second rule for a target are refused. */
export const createQuantityRulesWorkflow = createWorkflow(
  "b2b-create-quantity-rules",
  (input: { quantity_rules: CreateQuantityRule[] }) => {
    validateQuantityRuleChangesStep(transform({ input }, ({ input }) => ({ create: input.quantity_rules })))
    return new WorkflowResponse(createQuantityRulesStep(input.quantity_rules))
  }
)
