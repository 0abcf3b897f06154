/** The terms of one negotiated price: which variant, in which currency, from which quantity, at what amount. */
export interface PriceTerms {
  variant_id: string
  currency_code: string
  amount: number
  min_quantity: number | null
  max_quantity: number | null
}

/** A negotiated price already in the company's price list. */
export interface ExistingPrice extends PriceTerms {
  id: string
}

/** One negotiated price row as the API shows it. */
export interface CompanyPriceRow extends ExistingPrice {
  sku: string | null
  product_title: string | null
  variant_title: string | null
  /** The variant's list price in the same currency, when asked for (the merchant's price table). */
  list_amount?: number | null
}

/** A row of an import that was not written, by its row number in the file (the header is row 1). */
export interface RowFailure {
  row: number
  message: string
}

/** A CSV row read and checked for format, before its variant and currency are looked up. */
export interface PriceCandidate {
  row: number
  sku: string | null
  variant_id: string | null
  currency_code: string
  amount: number
  min_quantity: number | null
  max_quantity: number | null
}

/** A row ready to be written: its variant is known. */
export interface ResolvedPriceRow extends PriceTerms {
  row: number
}

export interface VariantRef {
  id: string
  sku: string | null
}

export type RowResult<T> = { ok: true; value: T } | { ok: false; failure: RowFailure }
