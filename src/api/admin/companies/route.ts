import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createCompanyWorkflow } from "../../../workflows/company"
import { listCompanies } from "../../../queries/company-list"
import { retrieveCompany } from "../../utils/company-queries"
import { COMPANY_FIELDS } from "./query-config"
import type { AdminCreateCompanyType, AdminGetCompaniesParamsType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetCompaniesParamsType>,
  res: MedusaResponse
) => {
  const { q, status, customer_id } = req.validatedQuery
  const { skip = 0, take = 20, order } = req.queryConfig.pagination
  const { companies, count } = await listCompanies(req.scope, { q, status, customer_id }, req.queryConfig.fields, {
    skip,
    take,
    order: order as Record<string, string> | undefined,
  })
  res.json({ companies, count, offset: skip, limit: take })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateCompanyType>, res: MedusaResponse) => {
  const { result } = await createCompanyWorkflow(req.scope).run({ input: req.validatedBody })
  const company = await retrieveCompany(req.scope, result.id, COMPANY_FIELDS)
  res.status(200).json({ company })
}
