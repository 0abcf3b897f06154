import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { EmployeeRole } from "../../../lib/company/vocabulary"
import { EMPLOYEE_FIELDS, STORE_COMPANY_FIELDS } from "../../admin/companies/query-config"
import { findEmployeeWithCompany } from "../../utils/company-queries"

export interface StoreBuyer {
  employee: Record<string, any> & { id: string; role: EmployeeRole; company_id: string }
  company: Record<string, any> & { id: string; name: string }
}

/** The logged-in customer's employee record and company; 404 when the customer has no company. */
export async function requireBuyer(req: AuthenticatedMedusaRequest): Promise<StoreBuyer> {
  const found = await findEmployeeWithCompany(req.scope, req.auth_context.actor_id, EMPLOYEE_FIELDS, STORE_COMPANY_FIELDS)
  if (!found) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "You do not belong to a company account")
  }
  return found as StoreBuyer
}

/** Only the company's admins manage its employees and contact data. */
export function requireCompanyAdmin(buyer: StoreBuyer, action: string): void {
  if (buyer.employee.role !== "admin") {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `Only an admin of "${buyer.company.name}" can ${action}; your role is ${buyer.employee.role}.`
    )
  }
}
