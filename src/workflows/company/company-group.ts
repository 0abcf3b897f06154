import { transform, when, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { linkCustomersToCustomerGroupStep } from "@medusajs/medusa/core-flows"
import { repriceOpenCartsStep } from "./steps/reprice-open-carts"

/**
 * Composes, inside a workflow, what follows a customer joining or leaving a company: they enter or leave the
 * company's customer group (which carries its prices and discount), and their open carts are re-priced for
 * who they are now.
 */
export function moveCustomerInCompanyGroup(
  company: WorkflowData<{ customer_group_id?: string | null }>,
  customer: WorkflowData<{ customer_id: string }>,
  direction: "add" | "remove"
) {
  when({ company }, ({ company }) => Boolean(company.customer_group_id)).then(() => {
    linkCustomersToCustomerGroupStep(
      transform({ company, customer }, ({ company, customer }) => ({
        id: company.customer_group_id as string,
        [direction]: [customer.customer_id],
      }))
    )
  })
  repriceOpenCartsStep(transform({ customer }, ({ customer }) => ({ customer_ids: [customer.customer_id] })))
}
