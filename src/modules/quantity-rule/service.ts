import { MedusaService } from "@medusajs/framework/utils"
import { QuantityRule } from "./models/quantity-rule"

class QuantityRuleModuleService extends MedusaService({ QuantityRule }) {}

export default QuantityRuleModuleService
