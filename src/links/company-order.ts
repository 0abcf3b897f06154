import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import CompanyModule from "../modules/company"

// An order placed from a company cart belongs to that company.
export default defineLink(
  CompanyModule.linkable.company,
  { linkable: OrderModule.linkable.order, isList: true }
)
