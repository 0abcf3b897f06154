import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { Buyer } from "./types"

const toNumber = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(value)

/** The customer's employee record with its company, or null for a customer of no company. */
export async function loadBuyer(container: MedusaContainer, customerId: string): Promise<Buyer | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "employee",
    fields: [
      "id",
      "customer_id",
      "role",
      "spending_limit",
      "company.id",
      "company.name",
      "company.status",
      "company.currency_code",
      "company.customer_group_id",
      "company.min_order_amount",
    ],
    filters: { customer_id: customerId },
    pagination: { take: 1 },
  })
  const employee = data[0] as any
  if (!employee?.company) {
    return null
  }
  return {
    employee_id: employee.id,
    customer_id: employee.customer_id,
    role: employee.role,
    spending_limit: toNumber(employee.spending_limit),
    company: {
      id: employee.company.id,
      name: employee.company.name,
      status: employee.company.status,
      currency_code: employee.company.currency_code ?? null,
      customer_group_id: employee.company.customer_group_id ?? null,
      min_order_amount: toNumber(employee.company.min_order_amount),
    },
  }
}
