import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { COMPANY_FIELDS, EMPLOYEE_FIELDS } from "../../../companies/query-config"

/** The customer's company and employee record; 404 when the customer belongs to no company. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "employee",
    fields: [...EMPLOYEE_FIELDS, ...COMPANY_FIELDS.map((f) => `company.${f}`)],
    filters: { customer_id: req.params.id },
  })
  const found = data[0] as any
  if (!found?.company) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer "${req.params.id}" belongs to no company`)
  }
  const { company, ...employee } = found
  res.json({ company, employee })
}
