import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { LinkDefinition } from "@medusajs/framework/types"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, dismissRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { COMPANY_MODULE } from "../../modules/company"
import { companyOfCustomer } from "../../queries/company-of-customer"

/** The company–order link record, as Medusa's link steps take it. */
export const orderCompanyLink = (companyId: string, orderId: string): LinkDefinition => ({
  [COMPANY_MODULE]: { company_id: companyId },
  order: { order_id: orderId },
})

/**
 * The link an order needs: to the company its customer is an employee of now (the moment the order is placed).
 * None for an order of a customer of no company, or for an order already bound to a company.
 */
export const findOrderCompanyLinkStep = createStep(
  "b2b-find-order-company-link",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id", "company.id"],
      filters: { id: input.order_id },
    })
    const order = data[0] as { id: string; customer_id?: string | null; company?: { id: string } | null } | undefined
    if (!order || order.company?.id) {
      return new StepResponse([] as LinkDefinition[])
    }
    const companyId = await companyOfCustomer(container, order.customer_id)
    return new StepResponse(companyId ? [orderCompanyLink(companyId, order.id)] : [])
  }
)

/** Binds a placed order to the company it was bought for, so "orders of this company" can be listed. */
export const linkOrderToCompanyWorkflow = createWorkflow(
  "b2b-link-order-to-company",
  (input: { order_id: string }) => {
    const links = findOrderCompanyLinkStep(input)
    return new WorkflowResponse(createRemoteLinkStep(links))
  }
)

/** Undoes linkOrderToCompanyWorkflow: dismisses the given links. */
export const unlinkOrderFromCompanyWorkflow = createWorkflow(
  "b2b-unlink-order-from-company",
  (input: { links: LinkDefinition[] }) => new WorkflowResponse(dismissRemoteLinkStep(input.links))
)
