import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptCompanyInvitationWorkflow, declineCompanyInvitationWorkflow } from "../../../workflows/company"
import { EMPLOYEE_FIELDS } from "../../admin/companies/query-config"
import { invitationView } from "../../utils/invitations"

/**
 * Answers an invitation for the logged-in customer, found by token or id. An invitation addressed to
 * another e-mail answers 404 like a missing one; an expired or already answered one answers 400.
 */
export async function answerInvitation(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  accept: boolean,
  by: { token?: string; invitation_id?: string }
) {
  const workflow = accept ? acceptCompanyInvitationWorkflow : declineCompanyInvitationWorkflow
  const { result } = await workflow(req.scope).run({ input: { customer_id: req.auth_context.actor_id, ...by } })
  const employee = result.employee
    ? Object.fromEntries(EMPLOYEE_FIELDS.map((field) => [field, (result.employee as Record<string, unknown>)[field] ?? null]))
    : null
  res.json({ invitation: invitationView(result.invitation), ...(accept && { employee }) })
}
