import { defineLink } from "@medusajs/framework/utils"
import PricingModule from "@medusajs/medusa/pricing"
import CompanyModule from "../modules/company"

// The company's negotiated prices live in one override price list targeting its group.
export default defineLink(
  { linkable: CompanyModule.linkable.company, field: "price_list_id" },
  PricingModule.linkable.priceList,
  { readOnly: true }
)
