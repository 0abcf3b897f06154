import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  deleteCustomerGroupStep,
  deletePriceListsStep,
  deletePromotionsStep,
  linkCustomersToCustomerGroupStep,
} from "@medusajs/medusa/core-flows"
import { deleteQuantityRulesOfTargetsStep } from "../quantity-rules/steps/quantity-rule-records"
import { softDeleteCompanyStep } from "./steps/company-records"
import { softDeleteEmployeesStep } from "./steps/employee-records"
import { loadCompanyStep } from "./steps/lookups"
import { repriceOpenCartsStep } from "./steps/reprice-open-carts"

/**
 * Closes a company account: employees leave its customer group and are detached, the group,
 * the negotiated price list, the discount and its lot-rule overrides are removed, and the company is soft-deleted.
 */
export const deleteCompanyWorkflow = createWorkflow("b2b-delete-company", (input: { id: string }) => {
  const company = loadCompanyStep({ id: input.id })
  when({ company }, ({ company }) => Boolean(company.customer_group_id && company.employees.length)).then(() => {
    linkCustomersToCustomerGroupStep(
      transform({ company }, ({ company }) => ({
        id: company.customer_group_id as string,
        remove: company.employees.map((e) => e.customer_id),
      }))
    )
  })
  softDeleteEmployeesStep(transform({ company }, ({ company }) => company.employees.map((e) => e.id)))
  deleteCustomerGroupStep(
    transform({ company }, ({ company }) => (company.customer_group_id ? [company.customer_group_id] : []))
  )
  deletePriceListsStep(
    transform({ company }, ({ company }) => (company.price_list_id ? [company.price_list_id] : []))
  )
  when({ company }, ({ company }) => Boolean(company.promotion_id)).then(() => {
    deletePromotionsStep(transform({ company }, ({ company }) => [company.promotion_id as string]))
  })
  deleteQuantityRulesOfTargetsStep(transform({ input }, ({ input }) => ({ company_ids: [input.id] })))
  softDeleteCompanyStep(input.id)
  repriceOpenCartsStep(transform({ company }, ({ company }) => ({ customer_ids: company.employees.map((e) => e.customer_id) })))
  return new WorkflowResponse({ id: input.id, object: "company", deleted: true })
})
