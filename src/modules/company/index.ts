import { Module } from "@medusajs/framework/utils"
import CompanyModuleService from "./service"

export const COMPANY_MODULE = "company"

export default Module(COMPANY_MODULE, {
  service: CompanyModuleService,
})

export { COMPANY_STATUSES } from "./models/company"
export { EMPLOYEE_ROLES } from "./models/employee"
export type { default as CompanyModuleService } from "./service"
