/** Terms an admin sets on a rule; the target (variant or product, company) is fixed at creation. */
export interface QuantityRuleTermsInput {
  min_quantity?: number
  increment?: number
  max_quantity?: number | null
  unit?: string | null
  metadata?: Record<string, unknown> | null
}

export interface CreateQuantityRule extends QuantityRuleTermsInput {
  variant_id?: string | null
  product_id?: string | null
  /** null or absent: the rule for every buyer. */
  company_id?: string | null
}

export interface UpdateQuantityRule extends QuantityRuleTermsInput {
  id: string
}

export interface QuantityRuleChanges {
  create?: CreateQuantityRule[]
  update?: UpdateQuantityRule[]
  delete?: string[]
}
