import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeEmployeeWorkflow, updateEmployeeWorkflow } from "../../../../../../workflows/company"
import { retrieveEmployee } from "../../../../../utils/company-queries"
import { EMPLOYEE_FIELDS } from "../../../query-config"
import type { AdminUpdateEmployeeType } from "../../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateEmployeeType>, res: MedusaResponse) => {
  const { id, employee_id } = req.params
  await retrieveEmployee(req.scope, id, employee_id, ["id"])
  await updateEmployeeWorkflow(req.scope).run({
    input: { ...(req.validatedBody as any), company_id: id, employee_id },
  })
  res.json({ employee: await retrieveEmployee(req.scope, id, employee_id, EMPLOYEE_FIELDS) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { id, employee_id } = req.params
  await retrieveEmployee(req.scope, id, employee_id, ["id"])
  const { result } = await removeEmployeeWorkflow(req.scope).run({ input: { company_id: id, employee_id } })
  res.json(result)
}
