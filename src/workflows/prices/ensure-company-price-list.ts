import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { updateCompanyStep } from "../company/steps/company-records"
import { ensureCompanyPriceListStep } from "./steps/company-price-list"

/** One writer at a time per company's prices, across server and worker instances. */
export const companyPricesLockKey = (companyId: string) => `b2b-company-prices:${companyId}`

/**
 * Keeps a company's price list applying to its buyers and only to them (see the step). Runs before every
 * write of negotiated prices, and when Medusa reports that a company's list was edited elsewhere.
 */
export const ensureCompanyPriceListWorkflow = createWorkflow(
  "b2b-ensure-company-price-list",
  (input: { company_id: string }) => {
    const lockKey = transform({ input }, ({ input }) => companyPricesLockKey(input.company_id))
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
    const list = ensureCompanyPriceListStep(input)
    when({ list }, ({ list }) => list.list_created).then(() => {
      updateCompanyStep(
        transform({ list }, ({ list }) => ({ id: list.company_id, price_list_id: list.price_list_id }))
      ).config({ name: "b2b-set-company-price-list" })
    })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(list)
  }
)
