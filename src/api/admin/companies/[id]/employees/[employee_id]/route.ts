import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeEmployeeWorkflow, updateEmployeeWorkflow } from "../../../../../../workflows/company"
import { retrieveEmployee } from "../../../../../utils/company-queries"
import { EMPLOYEE_FIELDS } from "../../../query-config"
import type { AdminUpdateEmployeeType } from "../../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateEmployeeType>, res: MedusaResponse) => {
  const { id, employee_id } = req.params
  await retrieveEmployee(req.scope, id, employee_id, ["id"])
  await updateEmployeeWorkflow(req.scope).run({
    input: { ...req.validatedBody, company_id: id, employee_id },
  })
  res.json({ employee: await retrieveEmployee(req.scope, id, employee_id, EMPLOYEE_FIELDS) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { id, employee_id } = req.params
  await retrieveEmployee(req.scope, id, employee_id, ["id"])
  // The merchant may remove a company's only employee; never its last admin while colleagues remain.
  const { result } = await removeEmployeeWorkflow(req.scope).run({ input: { company_id: id, employee_id, allow_empty_company: true } })
  res.json(result)
}
