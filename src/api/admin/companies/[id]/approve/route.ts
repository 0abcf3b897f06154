import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveCompanyApplicationWorkflow } from "../../../../../workflows/company"
import { retrieveCompany } from "../../../../utils/company-queries"
import { COMPANY_FIELDS } from "../../query-config"

/** Approves a pending application: the company becomes active. 400 for a company that is not pending. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await approveCompanyApplicationWorkflow(req.scope).run({
    input: { id: req.params.id, decided_by: req.auth_context?.actor_id ?? null },
  })
  res.json({ company: await retrieveCompany(req.scope, req.params.id, COMPANY_FIELDS) })
}
