import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { findEmployeeWithCompany } from "../../../../utils/company-queries"
import { COMPANY_FIELDS, EMPLOYEE_FIELDS } from "../../../companies/query-config"

/** The customer's company and employee record; 404 when the customer belongs to no company. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const found = await findEmployeeWithCompany(req.scope, req.params.id, EMPLOYEE_FIELDS, COMPANY_FIELDS)
  if (!found) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer "${req.params.id}" belongs to no company`)
  }
  res.json(found)
}
