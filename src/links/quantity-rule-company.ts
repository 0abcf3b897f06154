import { defineLink } from "@medusajs/framework/utils"
import CompanyModule from "../modules/company"
import QuantityRuleModule from "../modules/quantity-rule"

// A company override names its company by id (read-only link: the company's name in rule lists, no lookup of all companies).
export default defineLink(
  { linkable: QuantityRuleModule.linkable.quantityRule, field: "company_id" },
  CompanyModule.linkable.company,
  { readOnly: true }
)
