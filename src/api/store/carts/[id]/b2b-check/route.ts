import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { collectCartViolations, createCheckContext, wholeCartSubject } from "../../../../../workflows/cart-checks"

/** What would stop this cart from being ordered, so a storefront can say it before checkout. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    // What wholeCartSubject reads: lines, the subtotal for the minimum order, the total for spending limits.
    fields: ["id", "currency_code", "customer_id", "item_subtotal", "total", "items.*"],
    filters: { id: req.params.id },
  })
  const cart: Parameters<typeof wholeCartSubject>[1] | undefined = data[0]
  const caller = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
  // A customer's cart is theirs alone; another caller learns nothing, not even that it exists.
  if (!cart || (cart.customer_id && cart.customer_id !== caller)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${req.params.id} was not found`)
  }
  const subject = wholeCartSubject("preview", cart)
  const violations = await collectCartViolations(subject, createCheckContext(req.scope, subject.customer_id))
  res.json({
    valid: violations.length === 0,
    violations: violations.map(({ code, item_id, variant_id, message, kind }) => ({
      code,
      message,
      kind: kind ?? "invalid_data",
      ...(item_id && { item_id }),
      ...(variant_id && { variant_id }),
    })),
  })
}
