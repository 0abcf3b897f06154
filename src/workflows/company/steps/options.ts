import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

/** The company module's options with their defaults. */
export const companyModuleOptionsStep = createStep("b2b-company-module-options", async (_: void, { container }) => {
  return new StepResponse(container.resolve<CompanyModuleService>(COMPANY_MODULE).getOptions())
})
