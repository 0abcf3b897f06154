import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, removePriceListPricesStep } from "@medusajs/medusa/core-flows"
import { companyPricesLockKey } from "./ensure-company-price-list"
import { updateCompanyPricesStep, type PriceWrite } from "./steps/company-prices"

export interface CompanyPriceWritesUndo {
  price_list_id: string
  /** Prices the writes created: removed. */
  created_ids: string[]
  /** Prices the writes updated, with the terms they had before: written back. */
  restore: PriceWrite[]
}

/** Puts a company's price list back as it was before some writes (an import that could not finish). */
export const revertCompanyPriceWritesWorkflow = createWorkflow(
  "b2b-revert-company-price-writes",
  (input: { company_id: string; undo: CompanyPriceWritesUndo }) => {
    const lockKey = transform({ input }, ({ input }) => companyPricesLockKey(input.company_id))
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
    when({ input }, ({ input }) => input.undo.created_ids.length > 0).then(() => {
      removePriceListPricesStep(transform({ input }, ({ input }) => input.undo.created_ids))
    })
    updateCompanyPricesStep(
      transform({ input }, ({ input }) => ({ price_list_id: input.undo.price_list_id, prices: input.undo.restore }))
    )
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(true)
  }
)
