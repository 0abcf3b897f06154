import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import type { ChangeCompanyStatusesInput, CompanyStatusSnapshot } from "../../../modules/company/service"

/** Gives companies a status, atomically; undone by putting each status (and metadata) back. */
export const changeCompanyStatusesStep = createStep(
  "b2b-change-company-statuses",
  async (input: ChangeCompanyStatusesInput, { container }) => {
    const before = await container.resolve<CompanyModuleService>(COMPANY_MODULE).changeCompanyStatuses(input)
    return new StepResponse(before, before)
  },
  async (before: CompanyStatusSnapshot[] | undefined, { container }) => {
    if (before?.length) {
      await container.resolve<CompanyModuleService>(COMPANY_MODULE).restoreCompanyStatuses(before)
    }
  }
)

/** The customers employed by these companies (whose open carts a status change re-prices). */
export const companyCustomersStep = createStep(
  "b2b-company-customers",
  async (input: { company_ids: string[] }, { container }) => {
    if (!input.company_ids.length) {
      return new StepResponse([] as string[])
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "employee",
      fields: ["customer_id"],
      filters: { company_id: input.company_ids },
    })
    return new StepResponse((data as { customer_id: string }[]).map((employee) => employee.customer_id))
  }
)
