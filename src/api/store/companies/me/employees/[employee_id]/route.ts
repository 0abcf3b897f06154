import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeEmployeeWorkflow, updateEmployeeWorkflow } from "../../../../../../workflows/company"
import { retrieveEmployee } from "../../../../../utils/company-queries"
import { EMPLOYEE_FIELDS } from "../../../../../admin/companies/query-config"
import { requireBuyer, requireCompanyAdmin } from "../../../buyer"
import type { StoreUpdateEmployeeType } from "../../../validators"

// An employee of another company answers 404, exactly like a missing one.
export const POST = async (req: AuthenticatedMedusaRequest<StoreUpdateEmployeeType>, res: MedusaResponse) => {
  const buyer = await requireBuyer(req)
  const employeeId = req.params.employee_id
  await retrieveEmployee(req.scope, buyer.company.id, employeeId, ["id"])
  requireCompanyAdmin(buyer, "change employees")
  await updateEmployeeWorkflow(req.scope).run({
    input: { ...req.validatedBody, company_id: buyer.company.id, employee_id: employeeId },
  })
  res.json({ employee: await retrieveEmployee(req.scope, buyer.company.id, employeeId, EMPLOYEE_FIELDS) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const buyer = await requireBuyer(req)
  const employeeId = req.params.employee_id
  await retrieveEmployee(req.scope, buyer.company.id, employeeId, ["id"])
  requireCompanyAdmin(buyer, "remove employees")
  const { result } = await removeEmployeeWorkflow(req.scope).run({
    input: { company_id: buyer.company.id, employee_id: employeeId },
  })
  res.json(result)
}
