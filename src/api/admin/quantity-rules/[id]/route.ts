import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { deleteQuantityRulesWorkflow, updateQuantityRulesWorkflow } from "../../../../workflows/quantity-rules"
import type { AdminUpdateQuantityRuleType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "quantity_rule",
    fields: req.queryConfig.fields,
    filters: { id: req.params.id },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Quantity rule "${req.params.id}" was not found.`)
  }
  res.json({ quantity_rule: data[0] })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateQuantityRuleType>, res: MedusaResponse) => {
  const { result } = await updateQuantityRulesWorkflow(req.scope).run({
    input: { quantity_rules: [{ ...req.validatedBody, id: req.params.id }] },
  })
  res.json({ quantity_rule: result[0] })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteQuantityRulesWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "quantity_rule", deleted: true })
}
