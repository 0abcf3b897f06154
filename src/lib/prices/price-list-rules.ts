/** The rule key Medusa's price matcher reads; the key `customer_group_id` is silently ignored. */
export const COMPANY_PRICE_LIST_RULE = "customer.groups.id"

export const companyPriceListRules = (groupId: string): Record<string, string[]> => ({
  [COMPANY_PRICE_LIST_RULE]: [groupId],
})

export interface PriceListState {
  type: string
  status: string
  rules: Record<string, string[] | string>
}

/** Price list rules as Medusa's module stores them (one row per attribute) turned into `{ attribute: values }`. */
export function priceListRulesFromRecords(records: { attribute: string; value: unknown }[] | null | undefined) {
  const rules: Record<string, string[]> = {}
  for (const record of records ?? []) {
    const values = Array.isArray(record.value) ? record.value : [record.value]
    rules[record.attribute] = values.map(String)
  }
  return rules
}

const sameRules = (a: Record<string, string[] | string>, b: Record<string, string[]>): boolean => {
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) {
    return false
  }
  return keys.every((key) => {
    const left = [a[key]].flat().map(String).sort()
    const right = [...(b[key] ?? [])].sort()
    return left.length === right.length && left.every((value, i) => value === right[i])
  })
}

/**
 * What must be written to a company's price list so that it applies to the company's buyers and only
 * to them (an override list, active, with exactly the group rule), or null when it is already right.
 */
export function companyPriceListRepair(list: PriceListState, groupId: string) {
  const rules = companyPriceListRules(groupId)
  if (list.type === "override" && list.status === "active" && sameRules(list.rules, rules)) {
    return null
  }
  return { type: "override" as const, status: "active" as const, rules }
}

/**
 * What marks a customer group or price list as a company's own on Medusa's pages: the company's id (kept as
 * `company_id` too, which earlier versions wrote) and the plugin that manages it.
 */
export const companyRecordMetadata = (companyId: string) => ({
  company_id: companyId,
  b2b_company_id: companyId,
  managed_by: "medusa-b2b-wholesale",
})

/** A new company price list: override, active, for the company's group. */
export const companyPriceListData = (company: { id: string; name: string }, groupId: string) => ({
  title: `${company.name} — negotiated prices`,
  description: `Prices negotiated with ${company.name}. Managed by the B2B wholesale plugin.`,
  type: "override" as const,
  status: "active" as const,
  rules: companyPriceListRules(groupId),
  metadata: companyRecordMetadata(company.id),
})
