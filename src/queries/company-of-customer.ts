import type { MedusaContainer } from "@medusajs/framework/types"
import { COMPANY_MODULE } from "../modules/company"
import type CompanyModuleService from "../modules/company/service"
import { loadBuyer } from "./buyer"

/**
 * Which company a customer buys for: the company of their employee record as it is now, or null for a
 * customer of no company. This is the one rule for the company of a cart and of an order: a cart belongs to
 * its customer's company of the moment, and an order to its customer's company at checkout. Nothing is
 * remembered on the cart, so an employee who leaves or changes company takes their open carts along.
 */
export async function companyOfCustomer(container: MedusaContainer, customerId: string | null | undefined) {
  if (!customerId) {
    return null
  }
  return (await loadBuyer(container, customerId))?.company.id ?? null
}

/** Which of these customers are currently employees of a company. */
export async function employeeCustomerIds(container: MedusaContainer, customerIds: string[]): Promise<string[]> {
  if (!customerIds.length) {
    return []
  }
  const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
  const employees = await companies.listEmployees({ customer_id: customerIds }, { select: ["id", "customer_id"] })
  return [...new Set(employees.map((employee) => employee.customer_id))]
}
