import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import CompanyModule from "../modules/company"

// An employee is a Medusa customer; the employee row holds customer_id, so no pivot table.
export default defineLink(
  { linkable: CompanyModule.linkable.employee, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
