import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../modules/company"
import type CompanyModuleService from "../../modules/company/service"

type Contact = { id: string; email: string | null; first_name: string | null; last_name: string | null }
type EmployeeWithCustomer = Contact & {
  customer?: { email?: string | null; first_name?: string | null; last_name?: string | null } | null
}

/** Copies a customer's email and name onto their employee record (kept there for search and lists). */
export const syncEmployeeContactStep = createStep(
  "b2b-sync-employee-contact",
  async (input: { customer_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "employee",
      fields: ["id", "email", "first_name", "last_name", "customer.email", "customer.first_name", "customer.last_name"],
      filters: { customer_id: input.customer_id },
    })
    const employee: EmployeeWithCustomer | undefined = data[0]
    const customer = employee?.customer
    if (!customer) {
      return new StepResponse(null, null)
    }
    const next: Contact = {
      id: employee.id,
      email: customer.email ?? null,
      first_name: customer.first_name ?? null,
      last_name: customer.last_name ?? null,
    }
    if (next.email === employee.email && next.first_name === employee.first_name && next.last_name === employee.last_name) {
      return new StepResponse(null, null)
    }
    const previous: Contact = {
      id: employee.id,
      email: employee.email,
      first_name: employee.first_name,
      last_name: employee.last_name,
    }
    await container.resolve<CompanyModuleService>(COMPANY_MODULE).updateEmployees(next)
    return new StepResponse(next, previous)
  },
  async (previous, { container }) => {
    if (previous) {
      await container.resolve<CompanyModuleService>(COMPANY_MODULE).updateEmployees(previous)
    }
  }
)

export const syncEmployeeContactWorkflow = createWorkflow(
  "b2b-sync-employee-contact",
  (input: { customer_id: string }) => new WorkflowResponse(syncEmployeeContactStep(input))
)
