import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { batchQuantityRulesWorkflow } from "../../../../workflows/quantity-rules"
import type { AdminBatchQuantityRulesType } from "../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminBatchQuantityRulesType>, res: MedusaResponse) => {
  const { result } = await batchQuantityRulesWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({
    created: result.created,
    updated: result.updated,
    deleted: { ids: result.deleted, object: "quantity_rule", deleted: true },
  })
}
