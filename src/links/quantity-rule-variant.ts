import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import QuantityRuleModule from "../modules/quantity-rule"

// A lot rule names its variant by id; read-only, so lists can show SKUs and titles without a pivot table.
export default defineLink(
  { linkable: QuantityRuleModule.linkable.quantityRule, field: "variant_id" },
  { linkable: ProductModule.linkable.productVariant, alias: "variant" },
  { readOnly: true }
)
