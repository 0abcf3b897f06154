import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addEmployeeWorkflow } from "../../../../../workflows/company"
import { retrieveCompany, retrieveEmployee } from "../../../../utils/company-queries"
import { EMPLOYEE_FIELDS } from "../../query-config"
import type { AdminAddEmployeeType } from "../../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await retrieveCompany(req.scope, req.params.id, ["id"])
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, role } = req.validatedQuery as { q?: string; role?: string | string[] }
  const { data: employees, metadata } = await query.graph({
    entity: "employee",
    fields: req.queryConfig.fields,
    filters: { company_id: req.params.id, ...(q && { q }), ...(role && { role }) },
    pagination: req.queryConfig.pagination,
  })
  res.json({ employees, count: metadata?.count ?? 0, offset: metadata?.skip ?? 0, limit: metadata?.take ?? 0 })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminAddEmployeeType>, res: MedusaResponse) => {
  const { result } = await addEmployeeWorkflow(req.scope).run({
    input: { ...req.validatedBody, company_id: req.params.id },
  })
  const employee = await retrieveEmployee(req.scope, req.params.id, result.id, EMPLOYEE_FIELDS)
  res.json({ employee })
}
