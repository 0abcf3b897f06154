import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../modules/company"
import { loadBuyer } from "../../lib/cart-checks/buyer"

export interface CartCompanyChange {
  cart_id: string
  /** The company the cart is linked to now, if any. */
  from: string | null
  /** The company of the cart's customer, if any. */
  to: string | null
}

/** Which company a cart should be bought for now: its customer's. Null when the link is already right. */
export const findCartCompanyChangeStep = createStep(
  "b2b-find-cart-company-change",
  async (input: { cart_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart",
      fields: ["id", "customer_id", "completed_at", "company.id"],
      filters: { id: input.cart_id },
    })
    const cart = data[0] as { id: string; customer_id?: string | null; completed_at?: unknown; company?: { id: string } | null }
    // A completed cart belongs to its order, which keeps the company it was placed for.
    if (!cart || cart.completed_at) {
      return new StepResponse(null)
    }
    const from = cart.company?.id ?? null
    const to = cart.customer_id ? ((await loadBuyer(container, cart.customer_id))?.company.id ?? null) : null
    return new StepResponse(from === to ? null : ({ cart_id: cart.id, from, to } satisfies CartCompanyChange))
  }
)

/** The company–cart link record, as Medusa's link service takes it. */
export const cartLink = (companyId: string, cartId: string) => ({
  [COMPANY_MODULE]: { company_id: companyId },
  cart: { cart_id: cartId },
})

async function moveCartLink(container: MedusaContainer, change: CartCompanyChange) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  if (change.from) {
    await link.dismiss(cartLink(change.from, change.cart_id))
  }
  if (change.to) {
    await link.create(cartLink(change.to, change.cart_id))
  }
}

/** Moves the cart's company link; compensation moves it back. */
export const relinkCartToCompanyStep = createStep(
  "b2b-relink-cart-to-company",
  async (change: CartCompanyChange | null, { container }) => {
    if (!change) {
      return new StepResponse(null, null)
    }
    await moveCartLink(container, change)
    return new StepResponse(change, change)
  },
  async (change, { container }) => {
    if (change) {
      await moveCartLink(container, { cart_id: change.cart_id, from: change.to, to: change.from })
    }
  }
)

/**
 * Ties a cart to the company of its current customer, e.g. after a guest's cart was taken over by a buyer
 * who logged in, or handed to another customer. A cart of a customer without a company is tied to none.
 */
export const linkCartToCompanyWorkflow = createWorkflow(
  "b2b-link-cart-to-company",
  (input: { cart_id: string }) => {
    const change = findCartCompanyChangeStep(input)
    return new WorkflowResponse(relinkCartToCompanyStep(change))
  }
)
