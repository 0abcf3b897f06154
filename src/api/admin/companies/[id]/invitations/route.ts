import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveCompany } from "../../../../utils/company-queries"
import { listCompanyInvitations } from "../../../../utils/invitations"
import type { StoreGetInvitationsParamsType } from "../../../../store/invitations/validators"

/** A company's invitations and where each stands. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await retrieveCompany(req.scope, req.params.id, ["id"])
  const { status } = req.validatedQuery as StoreGetInvitationsParamsType
  res.json(await listCompanyInvitations(req.scope, req.params.id, { status, ...req.queryConfig.pagination }))
}
