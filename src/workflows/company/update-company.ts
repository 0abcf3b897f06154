import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCustomerGroupsStep } from "@medusajs/medusa/core-flows"
import { updateCompanyStep } from "./steps/company-records"
import { resolveMinOrderTermsStep } from "./steps/min-order"
import { companyGroupNameStep, loadCompanyStep } from "./steps/lookups"
import { repriceOpenCartsStep } from "./steps/reprice-open-carts"
import type { CompanyStatus, CompanyUpdate } from "./types"
import type { HoldReason } from "../../lib/company/vocabulary"

/** A hold records who set it (an admin unless told otherwise); any other status clears it. */
const holdReasonFor = (status: CompanyStatus, reason?: HoldReason | null): HoldReason | null =>
  status === "on_hold" ? reason ?? "admin" : null

/** Updates a company; a new name renames its customer group too. */
export const updateCompanyWorkflow = createWorkflow(
  "b2b-update-company",
  (input: CompanyUpdate & { id: string }) => {
    const current = loadCompanyStep({ id: input.id })
    const minOrder = resolveMinOrderTermsStep({ company_id: input.id, change: input })
    const normalised = transform({ input, minOrder }, ({ input, minOrder }) => ({
      ...input,
      ...minOrder,
      ...(input.country_code !== undefined && { country_code: input.country_code?.toLowerCase() ?? null }),
      ...(input.currency_code !== undefined && { currency_code: input.currency_code?.toLowerCase() ?? null }),
      ...(input.status !== undefined && { hold_reason: holdReasonFor(input.status, input.hold_reason) }),
    }))
    const company = updateCompanyStep(normalised)
    when({ input, current }, ({ input, current }) =>
      Boolean(input.name && input.name !== current.name && current.customer_group_id)
    ).then(() => {
      const groupName = companyGroupNameStep({
        name: input.name as string,
        company_id: input.id,
        current_group_id: current.customer_group_id,
      })
      updateCustomerGroupsStep(
        transform({ current, groupName }, ({ current, groupName }) => ({
          selector: { id: current.customer_group_id as string },
          update: { name: groupName },
        }))
      )
    })
    // A new status changes who may order; the employees' open carts are re-priced for it.
    repriceOpenCartsStep(
      transform({ input, current }, ({ input, current }) => ({
        customer_ids:
          input.status !== undefined && input.status !== current.status ? current.employees.map((e) => e.customer_id) : [],
      }))
    )
    return new WorkflowResponse(company)
  }
)
