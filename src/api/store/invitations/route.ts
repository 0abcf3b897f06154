import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { companyService, INVITATION_FIELDS, invitationView } from "../../utils/invitations"

/** The pending, unexpired invitations addressed to the logged-in customer's e-mail, with the company's name. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customer = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(req.auth_context.actor_id, { select: ["id", "email"] })
  const email = (customer.email ?? "").trim().toLowerCase()
  const { skip = 0, take = 20 } = req.queryConfig.pagination
  const service = companyService(req.scope)
  const [invitations, count] = email
    ? await service.listAndCountCompanyInvitations(
        { email, status: "pending", expires_at: { $gt: new Date() } },
        { select: [...INVITATION_FIELDS], skip, take, order: { created_at: "DESC" } }
      )
    : [[], 0]
  const companyIds = [...new Set(invitations.map((i) => i.company_id))]
  const companies = companyIds.length ? await service.listCompanies({ id: companyIds }, { select: ["id", "name"] }) : []
  const names = new Map(companies.map((c) => [c.id, c.name]))
  res.json({
    invitations: invitations
      .filter((i) => names.has(i.company_id))
      .map((i) => ({ ...invitationView(i), company: { id: i.company_id, name: names.get(i.company_id) } })),
    count,
    offset: skip,
    limit: take,
  })
}
