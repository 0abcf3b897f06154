import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { revokeCompanyInvitationWorkflow } from "../../../../../../workflows/company"
import { requireBuyer, requireCompanyAdmin } from "../../../buyer"

/** Revokes a pending invitation of the company; another company's invitation answers 404. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const buyer = await requireBuyer(req)
  requireCompanyAdmin(buyer, "revoke invitations")
  const { result } = await revokeCompanyInvitationWorkflow(req.scope).run({
    input: { company_id: buyer.company.id, invitation_id: req.params.id },
  })
  res.json(result)
}
