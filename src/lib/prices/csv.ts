import { containsNul } from "../input/nul"
import { describePriceKey, currencyNotSoldProblem, normaliseCurrency, priceKey, priceTermsProblems } from "./terms"
import type { CompanyPriceRow, PriceCandidate, ResolvedPriceRow, RowFailure, RowResult, VariantRef } from "./types"

/**
 * Columns of an exported price sheet. The first five are the import format; `variant_id` makes a
 * variant without SKU round-trip, and the titles are there for the reader.
 */
export const PRICE_CSV_COLUMNS = [
  "sku",
  "currency_code",
  "amount",
  "min_quantity",
  "max_quantity",
  "variant_id",
  "product_title",
  "variant_title",
] as const

export type PriceCsvRecord = Record<(typeof PRICE_CSV_COLUMNS)[number], string>

/** Header cells as the importer reads them: trimmed and lower case. */
export const normalisePriceCsvHeader = (header: string[]): string[] => header.map((cell) => cell.trim().toLowerCase())

/** Why a header cannot be imported, or null when it can. */
export function priceCsvHeaderProblem(header: string[]): string | null {
  const missing = ["currency_code", "amount"].filter((column) => !header.includes(column))
  if (!header.includes("sku") && !header.includes("variant_id")) {
    missing.unshift("sku (or variant_id)")
  }
  return missing.length
    ? `The CSV header must name the columns sku (or variant_id), currency_code, amount and optionally min_quantity, max_quantity; missing: ${missing.join(", ")}`
    : null
}

const DECIMAL = /^-?\d+(\.\d+)?$/
const WHOLE = /^-?\d+$/

const cell = (record: Record<string, unknown>, column: string): string => {
  const value = record[column]
  return value === undefined || value === null ? "" : String(value).trim()
}

/** Reads one CSV record into a price candidate, checking everything that needs no database. */
export function readPriceCsvRecord(record: Record<string, unknown>, row: number): RowResult<PriceCandidate> {
  const fail = (message: string): RowResult<PriceCandidate> => ({ ok: false, failure: { row, message } })
  const nulColumn = Object.keys(record).find((column) => containsNul(String(record[column] ?? "")))
  if (nulColumn !== undefined) {
    return fail(`${nulColumn} contains a NUL character (\\u0000), which cannot be stored`)
  }
  const sku = cell(record, "sku") || null
  const variantId = cell(record, "variant_id") || null
  if (!sku && !variantId) {
    return fail("sku (or variant_id) is empty")
  }
  const currency = normaliseCurrency(cell(record, "currency_code"))
  if (!currency) {
    return fail("currency_code is empty")
  }
  const rawAmount = cell(record, "amount")
  if (!rawAmount) {
    return fail("amount is empty")
  }
  if (!DECIMAL.test(rawAmount)) {
    return fail(`amount "${rawAmount}" is not a number (write it like 12.50)`)
  }
  const bounds: Record<"min_quantity" | "max_quantity", number | null> = { min_quantity: null, max_quantity: null }
  for (const bound of ["min_quantity", "max_quantity"] as const) {
    const raw = cell(record, bound)
    if (raw && !WHOLE.test(raw)) {
      return fail(`${bound} "${raw}" is not a whole number`)
    }
    bounds[bound] = raw ? Number(raw) : null
  }
  const candidate: PriceCandidate = {
    row,
    sku,
    variant_id: variantId,
    currency_code: currency,
    amount: Number(rawAmount),
    ...bounds,
  }
  const problems = priceTermsProblems(candidate)
  return problems.length ? fail(problems.join("; ")) : { ok: true, value: candidate }
}

export interface VariantLookup {
  bySku: ReadonlyMap<string, VariantRef>
  byId: ReadonlyMap<string, VariantRef>
}

/** The variant a candidate names, or why it cannot be found. `variant_id` wins; a given SKU must agree. */
function candidateVariant(candidate: PriceCandidate, lookup: VariantLookup): VariantRef | string {
  if (candidate.variant_id) {
    const variant = lookup.byId.get(candidate.variant_id)
    if (!variant) {
      return `unknown variant_id "${candidate.variant_id}"`
    }
    if (candidate.sku && variant.sku !== candidate.sku) {
      return `sku "${candidate.sku}" does not match variant ${variant.id}, whose SKU is ${variant.sku ? `"${variant.sku}"` : "empty"}`
    }
    return variant
  }
  return lookup.bySku.get(candidate.sku as string) ?? `unknown SKU "${candidate.sku}"`
}

/**
 * Resolves a batch of candidates to variants and rejects what cannot be written: unknown SKU or variant,
 * a currency the store does not sell in, a second row for the same variant, currency and min_quantity.
 * `seen` carries the keys of earlier batches of the same file (key → row number).
 */
export function resolvePriceCandidates(
  candidates: PriceCandidate[],
  lookup: VariantLookup,
  storeCurrencies: ReadonlySet<string>,
  seen: Map<string, number>
): { rows: ResolvedPriceRow[]; failed: RowFailure[] } {
  const rows: ResolvedPriceRow[] = []
  const failed: RowFailure[] = []
  for (const candidate of candidates) {
    const variant = candidateVariant(candidate, lookup)
    if (typeof variant === "string") {
      failed.push({ row: candidate.row, message: variant })
      continue
    }
    const currencyProblem = currencyNotSoldProblem(candidate.currency_code, storeCurrencies)
    if (currencyProblem) {
      failed.push({ row: candidate.row, message: currencyProblem })
      continue
    }
    const resolved: ResolvedPriceRow = {
      row: candidate.row,
      variant_id: variant.id,
      currency_code: candidate.currency_code,
      amount: candidate.amount,
      min_quantity: candidate.min_quantity,
      max_quantity: candidate.max_quantity,
    }
    const key = priceKey(resolved)
    const earlier = seen.get(key)
    if (earlier !== undefined) {
      failed.push({
        row: candidate.row,
        message: `duplicate row: ${describePriceKey(resolved, variant.sku)} is already given in row ${earlier}`,
      })
      continue
    }
    seen.set(key, candidate.row)
    rows.push(resolved)
  }
  return { rows, failed }
}

/** One exported CSV record; numbers are written so that importing them back reads the same values. */
export function priceCsvRecord(row: CompanyPriceRow): PriceCsvRecord {
  const text = (value: string | number | null | undefined) => (value === null || value === undefined ? "" : String(value))
  return {
    sku: text(row.sku),
    currency_code: row.currency_code,
    amount: text(Number(row.amount)),
    min_quantity: text(row.min_quantity),
    max_quantity: text(row.max_quantity),
    variant_id: row.variant_id,
    product_title: text(row.product_title),
    variant_title: text(row.variant_title),
  }
}
