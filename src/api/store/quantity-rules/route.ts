import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadBuyer } from "../../../queries/buyer"
import { effectiveQuantityRules } from "../../../queries/quantity-rules"
import { DEFAULT_INCREMENT, DEFAULT_MIN_QUANTITY } from "../../../lib/quantity-rules"
import type { StoreGetQuantityRulesParamsType } from "./validators"

/**
 * The lot rule that governs each asked variant for the caller: their company's override when there
 * is one, else the rule for every buyer. A variant without a rule allows any quantity (id null).
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, StoreGetQuantityRulesParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
  const [{ data: variants }, buyer] = await Promise.all([
    query.graph({ entity: "variant", fields: ["id", "product_id"], filters: { id: req.validatedQuery.variant_id } }),
    customerId ? loadBuyer(req.scope, customerId) : Promise.resolve(null),
  ])
  const rules = await effectiveQuantityRules(
    req.scope,
    variants.map((v: any) => ({ variant_id: v.id, product_id: v.product_id })),
    buyer?.company.id ?? null
  )
  const quantity_rules = variants.map((variant: any) => {
    const rule = rules.get(variant.id) ?? null
    return {
      variant_id: variant.id,
      id: rule?.id ?? null,
      min_quantity: rule?.min_quantity ?? DEFAULT_MIN_QUANTITY,
      increment: rule?.increment ?? DEFAULT_INCREMENT,
      max_quantity: rule?.max_quantity ?? null,
      unit: rule?.unit ?? null,
    }
  })
  res.json({ quantity_rules })
}
