import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { retrieveCompany } from "../../../queries/company"
import type { EmployeeRole } from "../types"

/** A unique customer-group name for a company: its own name, or the name with a short id when taken. */
export const companyGroupNameStep = createStep(
  "b2b-company-group-name",
  async (input: { name: string; company_id?: string; current_group_id?: string | null }, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    const taken = await customers.listCustomerGroups({ name: input.name }, { select: ["id"] })
    const free = taken.every((group) => group.id === input.current_group_id)
    const suffix = (input.company_id ?? `${Date.now()}`).slice(-6).toUpperCase()
    return new StepResponse(free ? input.name : `${input.name} · ${suffix}`)
  }
)

export interface CompanySnapshot {
  id: string
  name: string
  status: string
  customer_group_id: string | null
  price_list_id: string | null
  promotion_id: string | null
  employees: { id: string; customer_id: string; role: EmployeeRole }[]
}

/** The company with its employees; a missing or deleted company is 404. */
export const loadCompanyStep = createStep(
  "b2b-load-company",
  async (input: { id: string }, { container }) => {
    const company = await retrieveCompany(container, input.id, [
      "id", "name", "status", "customer_group_id", "price_list_id", "promotion_id",
      "employees.id", "employees.customer_id", "employees.role",
    ])
    return new StepResponse(company as CompanySnapshot)
  }
)

/**
 * The customer who becomes an employee, found by id or email. An unknown customer is 400, and so is
 * a customer who already works for a company (a customer is the employee of at most one company).
 */
export const resolveEmployeeCustomerStep = createStep(
  "b2b-resolve-employee-customer",
  async (input: { customer_id?: string; email?: string }, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    const filter = input.customer_id ? { id: input.customer_id } : { email: input.email?.toLowerCase() }
    const [customer] = await customers.listCustomers(filter, {
      select: ["id", "email", "first_name", "last_name", "has_account"],
      take: 1,
    })
    if (!customer) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        input.customer_id
          ? `No customer with id "${input.customer_id}" exists.`
          : `No customer with email "${input.email}" exists: the person must first register as a customer of the store.`
      )
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: employees } = await query.graph({
      entity: "employee",
      fields: ["id"],
      filters: { customer_id: customer.id },
    })
    if (employees.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The customer ${customer.email} already belongs to a company; a customer can be the employee of one company only.`
      )
    }
    return new StepResponse(customer)
  }
)
