import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import QuantityRuleModule from "../modules/quantity-rule"

// A product-wide lot rule names its product by id (read-only link for titles in lists).
export default defineLink(
  { linkable: QuantityRuleModule.linkable.quantityRule, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)
