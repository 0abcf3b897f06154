import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../modules/company"
import { loadBuyer } from "../../lib/cart-checks/buyer"

/** The company an order was bought for: the company of its cart, else the company of its customer. */
export const findOrderCompanyStep = createStep(
  "b2b-find-order-company",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id", "cart.id", "cart.company.id", "company.id"],
      filters: { id: input.order_id },
    })
    const order = data[0] as any
    if (!order || order.company?.id) {
      return new StepResponse(null)
    }
    const companyId =
      order.cart?.company?.id ??
      (order.customer_id ? (await loadBuyer(container, order.customer_id))?.company.id : undefined)
    return new StepResponse(companyId ? { company_id: companyId, order_id: order.id } : null)
  }
)

export const linkOrderToCompanyStep = createStep(
  "b2b-link-order-to-company",
  async (input: { company_id: string; order_id: string } | null, { container }) => {
    if (!input) {
      return new StepResponse(null, null)
    }
    const pair = { [COMPANY_MODULE]: { company_id: input.company_id }, order: { order_id: input.order_id } }
    await container.resolve(ContainerRegistrationKeys.LINK).create(pair)
    return new StepResponse(input, pair)
  },
  async (pair, { container }) => {
    if (pair) {
      await container.resolve(ContainerRegistrationKeys.LINK).dismiss(pair)
    }
  }
)

/** Ties a placed order to the company it was bought for, so "orders of this company" can be listed. */
export const linkOrderToCompanyWorkflow = createWorkflow(
  "b2b-link-order-to-company",
  (input: { order_id: string }) => {
    const target = findOrderCompanyStep(input)
    return new WorkflowResponse(linkOrderToCompanyStep(target))
  }
)
