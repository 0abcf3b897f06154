import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { moveCustomerInCompanyGroup } from "./company-group"
import { createEmployeeStep } from "./steps/employee-records"
import { loadCompanyStep, resolveEmployeeCustomerStep } from "./steps/lookups"
import { changeMembershipStep } from "./steps/membership"
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
  moveCustomerInCompanyGroup(company, transform({ customer }, ({ customer }) => ({ customer_id: customer.id })), "add")
  return new WorkflowResponse(employee)
})

export interface UpdateEmployeeInput {
  company_id: string
  employee_id: string
  role?: EmployeeRole
  spending_limit?: number | null
}

/** Changes an employee's role or spending limit; the company's last admin cannot be demoted. */
export const updateEmployeeWorkflow = createWorkflow("b2b-update-employee", (input: UpdateEmployeeInput) => {
  const before = changeMembershipStep(
    transform({ input }, ({ input }) => ({
      company_id: input.company_id,
      employee_id: input.employee_id,
      change: {
        kind: "update" as const,
        ...(input.role !== undefined && { role: input.role }),
        ...(input.spending_limit !== undefined && { spending_limit: input.spending_limit }),
      },
    }))
  )
  repriceOpenCartsStep(transform({ before }, ({ before }) => ({ customer_ids: [before.customer_id] })))
  return new WorkflowResponse({ id: input.employee_id })
})

export interface RemoveEmployeeInput {
  company_id: string
  employee_id: string
  /**
   * The merchant may remove a company's only employee, admin or not. Otherwise the last admin is never
   * removed while colleagues remain (and never by the company's own admins).
   */
  allow_empty_company?: boolean
}

/** Detaches an employee: the customer leaves the company's group and keeps their customer account. */
export const removeEmployeeWorkflow = createWorkflow("b2b-remove-employee", (input: RemoveEmployeeInput) => {
  const company = loadCompanyStep({ id: input.company_id })
  const employee = changeMembershipStep(
    transform({ input }, ({ input }) => ({
      company_id: input.company_id,
      employee_id: input.employee_id,
      change: { kind: "remove" as const },
      allow_empty_company: input.allow_empty_company,
    }))
  )
  moveCustomerInCompanyGroup(company, employee, "remove")
  return new WorkflowResponse({ id: input.employee_id, object: "employee", deleted: true })
})
