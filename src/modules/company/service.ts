import { MedusaService } from "@medusajs/framework/utils"
import { Company } from "./models/company"
import { Employee } from "./models/employee"

class CompanyModuleService extends MedusaService({ Company, Employee }) {}

export default CompanyModuleService
