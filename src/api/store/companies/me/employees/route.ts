import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addEmployeeWorkflow } from "../../../../../workflows/company"
import { retrieveEmployee } from "../../../../utils/company-queries"
import { EMPLOYEE_FIELDS } from "../../../../admin/companies/query-config"
import { requireBuyer, requireCompanyAdmin } from "../../buyer"
import type { StoreAddEmployeeType } from "../../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const buyer = await requireBuyer(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: employees, metadata } = await query.graph({
    entity: "employee",
    fields: req.queryConfig.fields,
    filters: { company_id: buyer.company.id } as any,
    pagination: req.queryConfig.pagination,
  })
  res.json({ employees, count: metadata?.count ?? 0, offset: metadata?.skip ?? 0, limit: metadata?.take ?? 0 })
}

export const POST = async (req: AuthenticatedMedusaRequest<StoreAddEmployeeType>, res: MedusaResponse) => {
  const buyer = await requireBuyer(req)
  requireCompanyAdmin(buyer, "add employees")
  const { result } = await addEmployeeWorkflow(req.scope).run({
    input: { ...req.validatedBody, company_id: buyer.company.id },
  })
  res.json({ employee: await retrieveEmployee(req.scope, buyer.company.id, result.id, EMPLOYEE_FIELDS) })
}
