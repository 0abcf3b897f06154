import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateCompanyStatusesWorkflow } from "../../../../../workflows/company"
import type { AdminBatchCompanyStatusType } from "../../validators"

/** One status for many companies: all change, or (an id not found) none. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminBatchCompanyStatusType>, res: MedusaResponse) => {
  const { result } = await updateCompanyStatusesWorkflow(req.scope).run({ input: req.validatedBody })
  res.json(result)
}
