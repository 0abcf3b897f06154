import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createCompanyInvitationWorkflow } from "../../../../../workflows/company"
import { invitationView, listCompanyInvitations } from "../../../../utils/invitations"
import type { StoreGetInvitationsParamsType } from "../../../invitations/validators"
import { requireBuyer, requireCompanyAdmin } from "../../buyer"
import type { StoreCreateInvitationType } from "../../validators"

/** The company's invitations, for its admins. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const buyer = await requireBuyer(req)
  requireCompanyAdmin(buyer, "see the company's invitations")
  const { status } = req.validatedQuery as StoreGetInvitationsParamsType
  res.json(await listCompanyInvitations(req.scope, buyer.company.id, { status, ...req.queryConfig.pagination }))
}

/**
 * Invites an e-mail address to the company. The token goes to the invitee in the `b2b.invitation.created`
 * event only; the answer carries the invitation without it.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreCreateInvitationType>, res: MedusaResponse) => {
  const buyer = await requireBuyer(req)
  requireCompanyAdmin(buyer, "invite employees")
  const { result } = await createCompanyInvitationWorkflow(req.scope).run({
    input: { ...req.validatedBody, company_id: buyer.company.id, invited_by: req.auth_context.actor_id },
  })
  res.status(201).json({ invitation: invitationView(result.invitation) })
}
