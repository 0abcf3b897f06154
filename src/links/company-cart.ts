import { defineLink } from "@medusajs/framework/utils"
import CartModule from "@medusajs/medusa/cart"
import CompanyModule from "../modules/company"

// No longer written: a cart's company is its customer's company of the moment (companyOfCustomer), and an order
// is bound to its company inside checkout. The definition stays so that hosts that installed an earlier version
// keep the link table and are not asked to drop it on their next migration.
export default defineLink(
  CompanyModule.linkable.company,
  { linkable: CartModule.linkable.cart, isList: true }
)
