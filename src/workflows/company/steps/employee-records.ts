import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import type { EmployeePerson, EmployeeRole } from "../../../lib/company/vocabulary"

const service = (container: { resolve<T>(key: string): T }) =>
  container.resolve<CompanyModuleService>(COMPANY_MODULE)

export interface EmployeeCreate extends EmployeePerson {
  company_id: string
  customer_id: string
  role: EmployeeRole
  spending_limit?: number | null
}

export const createEmployeeStep = createStep(
  "b2b-create-employee",
  async (input: EmployeeCreate, { container }) => {
    const employee = await service(container).createEmployees({
      ...input,
      company: input.company_id,
    })
    return new StepResponse(employee, employee.id)
  },
  async (id, { container }) => {
    if (id) {
      await service(container).deleteEmployees(id)
    }
  }
)

export const softDeleteEmployeesStep = createStep(
  "b2b-soft-delete-employees",
  async (ids: string[], { container }) => {
    if (!ids.length) {
      return new StepResponse(ids, [] as string[])
    }
    await service(container).softDeleteEmployees(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await service(container).restoreEmployees(ids)
    }
  }
)
