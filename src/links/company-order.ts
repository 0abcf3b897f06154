import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import CompanyModule from "../modules/company"

// An order belongs to the company its customer was an employee of when it was placed.
export default defineLink(
  CompanyModule.linkable.company,
  { linkable: OrderModule.linkable.order, isList: true }
)
