import { Module } from "@medusajs/framework/utils"
import pluginOptionsLoader from "./loaders/plugin-options"
import CompanyModuleService from "./service"
import lockingProviderCheck from "./loaders/locking-provider"

export const COMPANY_MODULE = "company"

export default Module(COMPANY_MODULE, {
  service: CompanyModuleService,
  loaders: [pluginOptionsLoader, lockingProviderCheck],
})

export { COMPANY_STATUSES } from "./models/company"
export { EMPLOYEE_ROLES } from "./models/employee"
export type { default as CompanyModuleService } from "./service"
