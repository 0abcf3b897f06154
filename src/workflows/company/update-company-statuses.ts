import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CompanyStatus } from "./types"
import { changeCompanyStatusesStep, companyCustomersStep } from "./steps/company-statuses"
import { repriceOpenCartsStep } from "./steps/reprice-open-carts"

/**
 * Gives many companies one status (the list's bulk hold / activate): all of them or, when one is missing,
 * none. The employees' open carts are re-priced for who may order now.
 */
export const updateCompanyStatusesWorkflow = createWorkflow(
  "b2b-update-company-statuses",
  (input: { ids: string[]; status: CompanyStatus }) => {
    const before = changeCompanyStatusesStep(transform({ input }, ({ input }) => ({ ids: input.ids, status: input.status })))
    const changed = transform({ before, input }, ({ before, input }) =>
      before.filter((company) => company.status !== input.status).map((company) => company.id)
    )
    const customers = companyCustomersStep(transform({ changed }, ({ changed }) => ({ company_ids: changed })))
    repriceOpenCartsStep(transform({ customers }, ({ customers }) => ({ customer_ids: customers })))
    return new WorkflowResponse(
      transform({ before, input }, ({ before, input }) => ({
        companies: before.map((company) => ({ id: company.id, status: input.status })),
        changed: before.filter((company) => company.status !== input.status).length,
      }))
    )
  }
)
