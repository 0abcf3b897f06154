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
