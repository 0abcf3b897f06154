import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { describeQuantityRule } from "../../lib/quantity-rules/violations"
import { QuantityRulesSection } from "../components/quantity-rules/quantity-rules-section"
import { useQuantityRules } from "../lib/quantity-rules"

/** On a variant's page: its lot rule for every buyer and per company, over the product's default. */
const VariantQuantityRuleWidget = ({ data: variant }: DetailWidgetProps<HttpTypes.AdminProductVariant>) => {
  const productRules = useQuantityRules({ product_id: variant.product_id ?? "" })
  const productRule = productRules.data?.allBuyers
  const words = productRule ? describeQuantityRule(productRule) : ""
  const fallback = productRules.isLoading
    ? "…"
    : productRule
      ? `The product's rule: ${words ? `sold ${words}` : "any quantity"}`
      : "Any quantity (no rule on this variant or its product)"

  return (
    <QuantityRulesSection
      target={{ variant_id: variant.id }}
      title="Quantity rule"
      fallback={fallback}
      testId="variant-quantity-rule-widget"
    />
  )
}

export const config = defineWidgetConfig({
  zone: "product_variant.details.after",
})

export default VariantQuantityRuleWidget
