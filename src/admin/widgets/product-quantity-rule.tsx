import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { QuantityRulesSection } from "../components/quantity-rules/quantity-rules-section"

/** On a product's page: the default lot rule of all its variants; a variant's own rule wins over it. */
const ProductQuantityRuleWidget = ({ data: product }: DetailWidgetProps<HttpTypes.AdminProduct>) => (
  <QuantityRulesSection
    target={{ product_id: product.id }}
    title="Quantity rule (all variants)"
    fallback="Any quantity, unless a variant has its own rule"
    testId="product-quantity-rule-widget"
  />
)

export const config = defineWidgetConfig({
  zone: "product.details.after",
})

export default ProductQuantityRuleWidget
