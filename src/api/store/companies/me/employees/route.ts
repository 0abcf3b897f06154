import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCompanyInvitationWorkflow } from "../../../../../workflows/company"
import { invitationView } from "../../../../utils/invitations"
import { requireBuyer, requireCompanyAdmin } from "../../buyer"
import type { StoreAddEmployeeType } from "../../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const buyer = await requireBuyer(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: employees, metadata } = await query.graph({
    entity: "employee",
    fields: req.queryConfig.fields,
    filters: { company_id: buyer.company.id },
    pagination: req.queryConfig.pagination,
  })
  res.json({ employees, count: metadata?.count ?? 0, offset: metadata?.skip ?? 0, limit: metadata?.take ?? 0 })
}

/**
 * Kept for storefronts written before invitations: a company admin "adding" an employee invites them
 * (as `POST /store/companies/me/invitations` does). The customer joins only by accepting.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreAddEmployeeType>, res: MedusaResponse) => {
  const buyer = await requireBuyer(req)
  requireCompanyAdmin(buyer, "add employees")
  const { result } = await createCompanyInvitationWorkflow(req.scope).run({
    input: { ...req.validatedBody, company_id: buyer.company.id, invited_by: req.auth_context.actor_id },
  })
  res.status(201).json({ invitation: invitationView(result.invitation) })
}
