import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { linkCustomersToCustomerGroupStep } from "@medusajs/medusa/core-flows"
import { createCompanyWorkflow } from "./create-company"
import { createEmployeeStep } from "./steps/employee-records"
import { resolveEmployeeCustomerStep } from "./steps/lookups"
import { repriceOpenCartsStep } from "./steps/reprice-open-carts"
import type { CompanyContact } from "./types"

/**
 * A customer applies for a company account from the storefront: the company starts `pending`
 * (it cannot order until the merchant activates it) and the applicant becomes its admin.
 */
export const applyForCompanyWorkflow = createWorkflow(
  "b2b-apply-for-company",
  (input: { customer_id: string; company: CompanyContact }) => {
    const customer = resolveEmployeeCustomerStep({ customer_id: input.customer_id })
    const company = createCompanyWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ ...input.company, status: "pending" as const })),
    })
    const employee = createEmployeeStep(
      transform({ company, customer }, ({ company, customer }) => ({
        company_id: company.id,
        customer_id: customer.id,
        email: customer.email ?? null,
        first_name: customer.first_name ?? null,
        last_name: customer.last_name ?? null,
        role: "admin" as const,
      }))
    )
    linkCustomersToCustomerGroupStep(
      transform({ company, customer }, ({ company, customer }) => ({
        id: company.customer_group_id as string,
        add: [customer.id],
      }))
    )
    repriceOpenCartsStep(transform({ customer }, ({ customer }) => ({ customer_ids: [customer.id] })))
    return new WorkflowResponse({ company, employee })
  }
)
