import { defineLink } from "@medusajs/framework/utils"
import CompanyModule from "../modules/company"
import CreditModule from "../modules/credit"

// A company's account names its company by id (read-only link: no pivot table, the account row holds the id).
export default defineLink(
  { linkable: CreditModule.linkable.creditAccount, field: "company_id" },
  CompanyModule.linkable.company,
  { readOnly: true }
)
