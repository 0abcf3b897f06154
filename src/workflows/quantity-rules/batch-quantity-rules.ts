import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createQuantityRulesStep,
  deleteQuantityRulesStep,
  updateQuantityRulesStep,
} from "./steps/quantity-rule-records"
import { validateQuantityRuleChangesStep } from "./steps/validate-quantity-rule-changes"
import type { QuantityRuleChanges } from "./types"

/**
 * Creates, updates and deletes lot rules all or nothing. Deletions run first, so a batch may
 * replace a target's rule by deleting it and creating a new one.
 */
export const batchQuantityRulesWorkflow = createWorkflow(
  "b2b-batch-quantity-rules",
  (input: QuantityRuleChanges) => {
    const changes = transform({ input }, ({ input }) => ({
      create: input.create ?? [],
      update: input.update ?? [],
      delete: input.delete ?? [],
    }))
    validateQuantityRuleChangesStep(changes)
    const deleted = deleteQuantityRulesStep(changes.delete)
    const updated = updateQuantityRulesStep(changes.update)
    const created = createQuantityRulesStep(changes.create)
    return new WorkflowResponse({ created, updated, deleted })
  }
)
