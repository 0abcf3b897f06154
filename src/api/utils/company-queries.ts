import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { retrieveCompany } from "../../queries/company"
import { getOrdersListWorkflow } from "@medusajs/medusa/core-flows"
import companyOrderLink from "../../links/company-order"

export { retrieveCompany }

type Scope = MedusaContainer

/** One employee of the given company, or 404: an employee of another company is not found here. */
export async function retrieveEmployee(scope: Scope, companyId: string, employeeId: string, fields: string[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "employee",
    fields,
    filters: { id: employeeId, company_id: companyId },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Employee with id "${employeeId}" was not found`)
  }
  return data[0] as Record<string, any>
}

/**
 * A page of the orders placed for a company, newest first; 404 for a missing company. The page is cut in the
 * database, on the company–order link table (filtered by company, ordered by when the order was bound to it):
 * only the page's order ids are read, then those orders, however many orders the company has.
 */
async function listCompanyOrders(
  scope: Scope,
  companyId: string,
  fields: string[],
  pagination: { skip?: number; take?: number; order?: Record<string, unknown> }
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  await retrieveCompany(scope, companyId, ["id"])
  // An order is bound to its company when placed: the link's age orders by created_at and display_id alike.
  const requested = Object.values(pagination.order ?? {})[0]
  const direction = String(requested ?? "DESC").toUpperCase() === "ASC" ? "ASC" : "DESC"
  const { data: links, metadata } = await query.graph({
    entity: companyOrderLink.entryPoint,
    fields: ["order_id", "created_at"],
    filters: { company_id: companyId },
    pagination: { skip: pagination.skip ?? 0, take: pagination.take ?? 20, order: { created_at: direction, order_id: direction } },
  })
  const ids = (links as { order_id: string }[]).map((link) => link.order_id)
  if (!ids.length) {
    return { orders: [], count: metadata?.count ?? 0 }
  }
  const data = await readOrders(scope, fields, ids)
  const byId = new Map((data as { id: string }[]).map((order) => [order.id, order]))
  return { orders: ids.flatMap((id) => byId.get(id) ?? []), count: metadata?.count ?? ids.length }
}

/** Statuses Medusa computes from an order's payment collections and fulfillments; they are no columns. */
const COMPUTED_ORDER_STATUSES = ["payment_status", "fulfillment_status"]

/** The orders with these fields; the payment and fulfillment status computed as Medusa's order list does. */
async function readOrders(scope: Scope, fields: string[], ids: string[]): Promise<{ id: string }[]> {
  if (fields.some((field) => COMPUTED_ORDER_STATUSES.includes(field))) {
    const { result } = await getOrdersListWorkflow(scope).run({
      input: {
        fields: [...new Set([...fields.filter((field) => !COMPUTED_ORDER_STATUSES.includes(field)), "id"])],
        variables: { filters: { id: ids } },
      },
    })
    const rows = Array.isArray(result) ? result : (result as { rows: unknown[] }).rows
    // The workflow reads items, payment collections and fulfillments to compute the statuses: only what was asked for goes out.
    const asked = (key: string) => fields.some((field) => field === key || field.startsWith(`${key}.`) || field === `*${key}`)
    return (rows as (Record<string, unknown> & { id: string })[]).map((order) => {
      const answer: Record<string, unknown> & { id: string } = { ...order }
      for (const key of ["items", "payment_collections", "fulfillments"]) {
        if (!asked(key)) delete answer[key]
      }
      return answer
    })
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: [...new Set([...fields, "id"])], filters: { id: ids } })
  return data as { id: string }[]
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
  const found: (Record<string, any> & { company?: Record<string, any> | null }) | undefined = data[0]
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
