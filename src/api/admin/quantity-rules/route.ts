import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createQuantityRulesWorkflow } from "../../../workflows/quantity-rules"
import type { AdminCreateQuantityRuleType, AdminGetQuantityRulesParamsType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetQuantityRulesParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: quantity_rules, metadata } = await query.graph({
    entity: "quantity_rule",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({ quantity_rules, count: metadata?.count ?? 0, offset: metadata?.skip ?? 0, limit: metadata?.take ?? 0 })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateQuantityRuleType>, res: MedusaResponse) => {
  const { result } = await createQuantityRulesWorkflow(req.scope).run({
    input: { quantity_rules: [req.validatedBody] },
  })
  res.status(200).json({ quantity_rule: result[0] })
}
