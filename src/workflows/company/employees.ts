import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { linkCustomersToCustomerGroupStep } from "@medusajs/medusa/core-flows"
import { createEmployeeStep, softDeleteEmployeesStep, updateEmployeeStep } from "./steps/employee-records"
import { assertKeepsAnAdminStep, loadCompanyStep, resolveEmployeeCustomerStep } from "./steps/lookups"
import { repriceOpenCartsStep } from "./steps/reprice-open-carts"
import type { EmployeeRole } from "./types"

export interface AddEmployeeInput {
  company_id: string
  customer_id?: string
  email?: string
  role: EmployeeRole
  spending_limit?: number | null
}

/** Attaches an existing customer to a company and makes them a member of the company's customer group. */
export const addEmployeeWorkflow = createWorkflow("b2b-add-employee", (input: AddEmployeeInput) => {
  const company = loadCompanyStep({ id: input.company_id })
  const customer = resolveEmployeeCustomerStep(
    transform({ input }, ({ input }) => ({ customer_id: input.customer_id, email: input.email }))
  )
  const employee = createEmployeeStep(
    transform({ input, customer }, ({ input, customer }) => ({
      company_id: input.company_id,
      customer_id: customer.id,
      email: customer.email ?? null,
      first_name: customer.first_name ?? null,
      last_name: customer.last_name ?? null,
      role: input.role,
      spending_limit: input.spending_limit ?? null,
    }))
  )
  when({ company }, ({ company }) => Boolean(company.customer_group_id)).then(() => {
    linkCustomersToCustomerGroupStep(
      transform({ company, customer }, ({ company, customer }) => ({
        id: company.customer_group_id as string,
        add: [customer.id],
      }))
    )
  })
  repriceOpenCartsStep(transform({ customer }, ({ customer }) => ({ customer_ids: [customer.id] })))
  return new WorkflowResponse(employee)
})

export interface UpdateEmployeeInput {
  company_id: string
  employee_id: string
  role?: EmployeeRole
  spending_limit?: number | null
  /** Refuse to demote the company's last admin (the store side always sets it). */
  keep_an_admin?: boolean
}

export const updateEmployeeWorkflow = createWorkflow("b2b-update-employee", (input: UpdateEmployeeInput) => {
  const company = loadCompanyStep({ id: input.company_id })
  assertKeepsAnAdminStep(
    transform({ input, company }, ({ input, company }) => ({
      company,
      employee_id: input.employee_id,
      next_role: input.role,
      enforce: input.keep_an_admin,
    }))
  )
  const employee = updateEmployeeStep(
    transform({ input }, ({ input }) => ({
      id: input.employee_id,
      ...(input.role !== undefined && { role: input.role }),
      ...(input.spending_limit !== undefined && { spending_limit: input.spending_limit }),
    }))
  )
  repriceOpenCartsStep(transform({ employee }, ({ employee }) => ({ customer_ids: [employee.customer_id] })))
  return new WorkflowResponse(employee)
})

export interface RemoveEmployeeInput {
  company_id: string
  employee_id: string
  keep_an_admin?: boolean
}

/** Detaches an employee: the customer leaves the company's group and keeps their customer account. */
export const removeEmployeeWorkflow = createWorkflow("b2b-remove-employee", (input: RemoveEmployeeInput) => {
  const company = loadCompanyStep({ id: input.company_id })
  const employee = assertKeepsAnAdminStep(
    transform({ input, company }, ({ input, company }) => ({
      company,
      employee_id: input.employee_id,
      removing: true,
      enforce: input.keep_an_admin,
    }))
  )
  when({ company }, ({ company }) => Boolean(company.customer_group_id)).then(() => {
    linkCustomersToCustomerGroupStep(
      transform({ company, employee }, ({ company, employee }) => ({
        id: company.customer_group_id as string,
        remove: [employee.customer_id],
      }))
    )
  })
  softDeleteEmployeesStep(transform({ input }, ({ input }) => [input.employee_id]))
  repriceOpenCartsStep(transform({ employee }, ({ employee }) => ({ customer_ids: [employee.customer_id] })))
  return new WorkflowResponse({ id: input.employee_id, object: "employee", deleted: true })
})
