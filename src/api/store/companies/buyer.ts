import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { EMPLOYEE_FIELDS, STORE_COMPANY_FIELDS } from "../../admin/companies/query-config"

export interface StoreBuyer {
  employee: Record<string, any> & { id: string; role: "admin" | "buyer" | "viewer"; company_id: string }
  company: Record<string, any> & { id: string; name: string }
}

/** The logged-in customer's employee record and company; 404 when the customer has no company. */
export async function requireBuyer(req: AuthenticatedMedusaRequest): Promise<StoreBuyer> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "employee",
    fields: [...EMPLOYEE_FIELDS, ...STORE_COMPANY_FIELDS.map((f) => `company.${f}`)],
    filters: { customer_id: req.auth_context.actor_id },
  })
  const found = data[0] as any
  if (!found?.company) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "You do not belong to a company account")
  }
  const { company, ...employee } = found
  return { company, employee }
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
