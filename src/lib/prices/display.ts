import type { CompanyPriceRow } from "./types"

/** The quantities a price applies to, as a buyer reads them: "1–99", "100 and more", "any quantity". */
export function tierLabel(minQuantity: number | null, maxQuantity: number | null): string {
  if (minQuantity === null && maxQuantity === null) {
    return "any quantity"
  }
  if (maxQuantity === null) {
    return `${minQuantity} and more`
  }
  return `${minQuantity ?? 1}–${maxQuantity}`
}

export interface VariantPriceGroup {
  variant_id: string
  sku: string | null
  product_title: string | null
  variant_title: string | null
  prices: CompanyPriceRow[]
}

/** Rows grouped by variant in the order they come, each variant's tiers together. */
export function groupPriceRowsByVariant(rows: CompanyPriceRow[]): VariantPriceGroup[] {
  const groups = new Map<string, VariantPriceGroup>()
  for (const row of rows) {
    const group = groups.get(row.variant_id) ?? {
      variant_id: row.variant_id,
      sku: row.sku,
      product_title: row.product_title,
      variant_title: row.variant_title,
      prices: [],
    }
    group.prices.push(row)
    groups.set(row.variant_id, group)
  }
  return [...groups.values()]
}

/** A variant's list price in one currency, as Medusa's price set holds it (no price list). */
export interface ListPriceCandidate {
  price_set_id: string
  currency_code: string
  amount: number
  min_quantity: number | null
  rules_count: number
}

/**
 * The list price a negotiated price compares with: the variant's price in the same currency that every buyer
 * pays for a single unit (no quantity tier, no region or other rule); null when the variant has none.
 */
export function listPriceFor(candidates: ListPriceCandidate[], priceSetId: string, currencyCode: string): number | null {
  const base = candidates.filter(
    (c) => c.price_set_id === priceSetId && c.currency_code === currencyCode && (c.min_quantity ?? 1) <= 1
  )
  const chosen = base.find((c) => c.rules_count === 0) ?? base[0]
  return chosen ? chosen.amount : null
}

/** How far below (positive) or above (negative) the list price a negotiated price is, in percent to one decimal. */
export function percentOffList(amount: number, listAmount: number | null): number | null {
  if (listAmount === null || !(listAmount > 0)) {
    return null
  }
  return Math.round(((listAmount - amount) / listAmount) * 1000) / 10
}
