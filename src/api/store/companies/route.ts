import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applyForCompanyWorkflow } from "../../../workflows/company"
import { requireBuyer } from "./buyer"
import type { StoreApplyForCompanyType } from "./validators"

/** A customer with no company applies for a company account; it starts pending, the caller is its admin. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreApplyForCompanyType>, res: MedusaResponse) => {
  await applyForCompanyWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, company: req.validatedBody },
  })
  res.status(200).json(await requireBuyer(req))
}
