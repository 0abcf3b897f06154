import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateCartWorkflow } from "@medusajs/medusa/core-flows"
import { ADDRESS_FIELDS } from "../../../../../lib/company/vocabulary"
import { retrieveCompanyAddress } from "../../../../utils/company-addresses"
import { requireBuyer } from "../../../companies/buyer"
import type { StoreSetCartCompanyAddressType } from "./validators"

export const CART_ADDRESS_FIELDS = ["id", ...ADDRESS_FIELDS.flatMap((f) => [`shipping_address.${f}`, `billing_address.${f}`])]

async function retrieveCart(req: AuthenticatedMedusaRequest, cartId: string, fields: string[]) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: [...fields, "customer_id"], filters: { id: cartId } })
  const cart = data[0] as ({ id: string; customer_id: string | null } & Record<string, unknown>) | undefined
  // A cart of another customer, or of none, is not the caller's: it is not found here.
  if (!cart || cart.customer_id !== req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${cartId} was not found`)
  }
  const { customer_id: _customer, ...answer } = cart
  return answer
}

/**
 * The cart takes one of the company's addresses as its shipping or billing address (through Medusa's
 * `updateCartWorkflow`, so its shipping and taxes follow). Any delivery site or the billing address may be
 * shipped to; only the billing address is billed to.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreSetCartCompanyAddressType>, res: MedusaResponse) => {
  const buyer = await requireBuyer(req)
  const cartId = req.params.id
  await retrieveCart(req, cartId, ["id"])
  const { address_id, kind } = req.validatedBody
  const address = await retrieveCompanyAddress(req.scope, buyer.company.id, address_id)
  if (kind === "billing" && address.kind !== "billing") {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Address "${address.label ?? address.address_1}" is a delivery site; a cart is billed to the company's billing address only.`
    )
  }
  const fields = Object.fromEntries(ADDRESS_FIELDS.map((f) => [f, address[f] ?? undefined]))
  await updateCartWorkflow(req.scope).run({
    input: { id: cartId, ...(kind === "shipping" ? { shipping_address: fields } : { billing_address: fields }) },
  })
  res.json({ cart: await retrieveCart(req, cartId, CART_ADDRESS_FIELDS) })
}
