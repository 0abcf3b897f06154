import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteCompanyWorkflow, updateCompanyWorkflow } from "../../../../workflows/company"
import { retrieveCompany } from "../../../utils/company-queries"
import { retrieveCompanyConfig } from "../query-config"
import type { AdminUpdateCompanyType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const company = await retrieveCompany(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ company })
}

// The workflows answer 404 for a missing company before they write anything.
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateCompanyType>, res: MedusaResponse) => {
  await updateCompanyWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  const company = await retrieveCompany(req.scope, req.params.id, retrieveCompanyConfig.defaults)
  res.json({ company })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await deleteCompanyWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json(result)
}
