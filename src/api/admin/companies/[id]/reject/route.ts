import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectCompanyApplicationWorkflow } from "../../../../../workflows/company"
import { retrieveCompany } from "../../../../utils/company-queries"
import { COMPANY_FIELDS } from "../../query-config"
import type { AdminRejectCompanyType } from "../../validators"

/** Rejects a pending application with a reason for the applicant: the company is blocked. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminRejectCompanyType>, res: MedusaResponse) => {
  await rejectCompanyApplicationWorkflow(req.scope).run({
    input: { id: req.params.id, reason: req.validatedBody.reason, decided_by: req.auth_context?.actor_id ?? null },
  })
  res.json({ company: await retrieveCompany(req.scope, req.params.id, COMPANY_FIELDS) })
}
