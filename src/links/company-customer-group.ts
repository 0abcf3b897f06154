import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import CompanyModule from "../modules/company"

// Each company owns one customer group; its employees are the group's members.
export default defineLink(
  { linkable: CompanyModule.linkable.company, field: "customer_group_id" },
  CustomerModule.linkable.customerGroup,
  { readOnly: true }
)
