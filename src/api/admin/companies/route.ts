import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCompanyWorkflow } from "../../../workflows/company"
import { retrieveCompany } from "../../utils/company-queries"
import { COMPANY_FIELDS } from "./query-config"
import type { AdminCreateCompanyType, AdminGetCompaniesParamsType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetCompaniesParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, status } = req.validatedQuery
  const { data: companies, metadata } = await query.graph({
    entity: "company",
    fields: req.queryConfig.fields,
    filters: { ...(q && { q }), ...(status && { status }) },
    pagination: req.queryConfig.pagination,
  })
  res.json({ companies, count: metadata?.count ?? 0, offset: metadata?.skip ?? 0, limit: metadata?.take ?? 0 })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateCompanyType>, res: MedusaResponse) => {
  const { result } = await createCompanyWorkflow(req.scope).run({ input: req.validatedBody })
  const company = await retrieveCompany(req.scope, result.id, COMPANY_FIELDS)
  res.status(200).json({ company })
}
