import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { leaveCompanyWorkflow } from "../../../../../workflows/company"

/** The logged-in employee leaves their company; its last admin cannot (400, naming the way out). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await leaveCompanyWorkflow(req.scope).run({ input: { customer_id: req.auth_context.actor_id } })
  res.json(result)
}
