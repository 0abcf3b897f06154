import type { MedusaContainer } from "@medusajs/framework/types"
import { QUANTITY_RULE_MODULE } from "../modules/quantity-rule"
import type QuantityRuleModuleService from "../modules/quantity-rule/service"
import { effectiveQuantityRule } from "../lib/quantity-rules/rules"
import type { QuantityRule } from "../lib/quantity-rules/types"

export const QUANTITY_RULE_FIELDS = [
  "id",
  "variant_id",
  "product_id",
  "company_id",
  "min_quantity",
  "increment",
  "max_quantity",
  "unit",
] as const

export interface QuantityRuleLookup {
  variant_ids: string[]
  product_ids: string[]
  /** The buyer's company; null loads only the rules for every buyer. */
  company_id: string | null
}

/**
 * Every rule that can govern the given variants for one buyer, in one indexed query:
 * rules on the variants or their products, for every buyer or for the buyer's company.
 */
export async function loadQuantityRules(
  container: MedusaContainer,
  lookup: QuantityRuleLookup
): Promise<QuantityRule[]> {
  const variantIds = [...new Set(lookup.variant_ids.filter(Boolean))]
  const productIds = [...new Set(lookup.product_ids.filter(Boolean))]
  if (!variantIds.length && !productIds.length) {
    return []
  }
  const targets: Record<string, string[]>[] = []
  if (variantIds.length) targets.push({ variant_id: variantIds })
  if (productIds.length) targets.push({ product_id: productIds })
  const buyers: Record<string, string | null>[] = [{ company_id: null }]
  if (lookup.company_id) buyers.push({ company_id: lookup.company_id })

  // The module's service rather than query.graph: this runs on every add to cart.
  const rules = await container
    .resolve<QuantityRuleModuleService>(QUANTITY_RULE_MODULE)
    .listQuantityRules({ $and: [{ $or: targets }, { $or: buyers }] }, { select: [...QUANTITY_RULE_FIELDS] })
  return rules as unknown as QuantityRule[]
}

/**
 * The rule that governs each variant for one buyer (their company's override, else the rule for every
 * buyer), from one query; null where no rule applies.
 */
export async function effectiveQuantityRules(
  container: MedusaContainer,
  variants: { variant_id: string; product_id?: string | null }[],
  companyId: string | null
): Promise<Map<string, QuantityRule | null>> {
  const rules = await loadQuantityRules(container, {
    variant_ids: variants.map((v) => v.variant_id),
    product_ids: variants.map((v) => v.product_id ?? ""),
    company_id: companyId,
  })
  return new Map(
    variants.map((v) => [
      v.variant_id,
      rules.length ? effectiveQuantityRule(rules, { variant_id: v.variant_id, product_id: v.product_id ?? null, company_id: companyId }) : null,
    ])
  )
}
