import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { retrieveCompany } from "../../lib/company/records"

export { retrieveCompany }

type Scope = MedusaContainer

/** One employee of the given company, or 404: an employee of another company is not found here. */
export async function retrieveEmployee(scope: Scope, companyId: string, employeeId: string, fields: string[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "employee",
    fields,
    filters: { id: employeeId, company_id: companyId } as any,
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Employee with id "${employeeId}" was not found`)
  }
  return data[0] as Record<string, any>
}

/** Orders placed for a company, newest first; 404 for a missing company. */
async function listCompanyOrders(
  scope: Scope,
  companyId: string,
  fields: string[],
  pagination: { skip?: number; take?: number; order?: Record<string, unknown> }
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const company = await retrieveCompany(scope, companyId, ["orders.id"])
  const ids = (company.orders ?? []).filter(Boolean).map((o: { id: string }) => o.id)
  if (!ids.length) {
    return { orders: [], count: 0 }
  }
  const { data, metadata } = await query.graph({
    entity: "order",
    fields,
    filters: { id: ids },
    pagination: { ...pagination, order: pagination.order ?? { created_at: "DESC" } },
  })
  return { orders: data, count: metadata?.count ?? data.length }
}

/** The customer's employee record with its company, or null when the customer belongs to no company. */
export async function findEmployeeWithCompany(
  scope: Scope,
  customerId: string,
  employeeFields: string[],
  companyFields: string[]
): Promise<{ employee: Record<string, any>; company: Record<string, any> } | null> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "employee",
    fields: [...employeeFields, ...companyFields.map((f) => `company.${f}`)],
    filters: { customer_id: customerId },
  })
  const found = data[0] as any
  if (!found?.company) {
    return null
  }
  const { company, ...employee } = found
  return { company, employee }
}

/** Answers a list request with the company's orders, paginated as the request asked. */
export async function respondWithCompanyOrders(
  req: { scope: Scope; queryConfig: { fields: string[]; pagination: { skip?: number; take?: number; order?: Record<string, unknown> } } },
  res: { json: (body: unknown) => void },
  companyId: string
) {
  const { orders, count } = await listCompanyOrders(req.scope, companyId, req.queryConfig.fields, req.queryConfig.pagination)
  res.json({ orders, count, offset: req.queryConfig.pagination.skip, limit: req.queryConfig.pagination.take })
}
