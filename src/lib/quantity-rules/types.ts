/** What a rule allows: `min_quantity`, then steps of `increment`, up to `max_quantity`. */
export interface QuantityRuleTerms {
  min_quantity: number
  increment: number
  max_quantity: number | null
  /** Label of one unit in messages, e.g. `pcs`, `m`, `boxes`. */
  unit?: string | null
}

/** What a rule applies to: one variant or one product, for one company or (null) every buyer. */
export interface QuantityRuleTarget {
  variant_id?: string | null
  product_id?: string | null
  company_id?: string | null
}

export interface QuantityRule extends QuantityRuleTerms, QuantityRuleTarget {
  id?: string
}

/** Whom and what a quantity is judged for. */
export interface QuantityRuleSubject {
  variant_id: string
  product_id?: string | null
  company_id?: string | null
}

/** Where the effective rule came from, most specific first. */
export type QuantityRuleScope = "company_variant" | "company_product" | "variant" | "product"

export const DEFAULT_MIN_QUANTITY = 1
export const DEFAULT_INCREMENT = 1
