import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadBuyer } from "../../lib/cart-checks"
import { cartLink } from "../company/link-cart"

// A cart created by an employee is bought for the employee's company.
createCartWorkflow.hooks.cartCreated(
  async ({ cart }, { container }) => {
    const customerId = (cart as any).customer_id as string | null | undefined
    const buyer = customerId ? await loadBuyer(container, customerId) : null
    if (!buyer) {
      return new StepResponse(undefined, null)
    }
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const pair = cartLink(buyer.company.id, cart.id)
    await link.create(pair)
    return new StepResponse(undefined, pair)
  },
  async (pair, { container }) => {
    if (!pair) {
      return
    }
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(pair)
  }
)
