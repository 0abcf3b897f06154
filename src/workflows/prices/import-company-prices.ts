import type { Readable } from "node:stream"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  errorMessageOf,
  isRowDataError,
  PRICE_IMPORT_BATCH_SIZE,
  PriceCsvFormatError,
  PriceImportAbortedError,
  readPriceCsvBatches,
  resolvePriceCandidates,
  type ResolvedPriceRow,
  type RowFailure,
  type VariantRef,
} from "../../lib/prices"
import { findPricedVariants, loadCompanyPricing, storeCurrencies } from "../../queries/prices"
import { revertCompanyPriceWritesWorkflow, type CompanyPriceWritesUndo } from "./revert-company-price-writes"
import { upsertCompanyPricesWorkflow } from "./upsert-company-prices"

/** Past this many, failed rows are counted but not listed: a file of bad rows must not fill memory. */
export const MAX_LISTED_FAILURES = 1000

export interface PriceImportResult {
  created: number
  updated: number
  unchanged: number
  failed: RowFailure[]
  failed_count: number
}

/**
 * Imports a company's prices from a CSV stream, one batch of rows at a time: each batch's SKUs are
 * looked up in one query, its rows checked, and its good rows upserted by one workflow run. A bad row
 * is reported with its row number and never stops the others; a row is written whole or not at all.
 *
 * Only a row's data can fail a row. Any other failure (the database failing, a lost connection, a broken upload)
 * stops the import at once, with no retry row by row: what earlier batches wrote is put back, and the import
 * throws `PriceImportAbortedError` (the API answers 503).
 */
export async function importCompanyPrices(
  container: MedusaContainer,
  input: { company_id: string; source: Readable | string; batch_size?: number }
): Promise<PriceImportResult> {
  await loadCompanyPricing(container, input.company_id)
  const currencies = await storeCurrencies(container)
  const seen = new Map<string, number>()
  const result: PriceImportResult = { created: 0, updated: 0, unchanged: 0, failed: [], failed_count: 0 }
  const fail = (failures: RowFailure[]) => {
    result.failed_count += failures.length
    result.failed.push(...failures.slice(0, Math.max(0, MAX_LISTED_FAILURES - result.failed.length)))
  }
  const journal: CompanyPriceWritesUndo[] = []

  try {
    for await (const batch of readPriceCsvBatches(input.source, input.batch_size ?? PRICE_IMPORT_BATCH_SIZE)) {
      fail(batch.failed)
      const variants = await findPricedVariants(
        container,
        batch.candidates.flatMap((c) => (c.variant_id ? [c.variant_id] : [])),
        batch.candidates.flatMap((c) => (!c.variant_id && c.sku ? [c.sku] : []))
      )
      const lookup = {
        byId: new Map<string, VariantRef>(variants.map((v) => [v.id, v])),
        bySku: new Map<string, VariantRef>(variants.flatMap((v) => (v.sku ? [[v.sku, v] as const] : []))),
      }
      const { rows, failed } = resolvePriceCandidates(batch.candidates, lookup, currencies, seen)
      fail(failed)
      const written = await writeRows(container, input.company_id, rows, journal)
      result.created += written.created
      result.updated += written.updated
      result.unchanged += written.unchanged
      fail(written.failed)
    }
  } catch (error) {
    const undone = await undoWrites(container, input.company_id, journal)
    if (error instanceof PriceCsvFormatError) {
      throw error
    }
    throw new PriceImportAbortedError(error, undone, result.created + result.updated)
  }
  result.failed.sort((a, b) => a.row - b.row)
  return result
}

/**
 * Writes a batch in one workflow run; when a row's data fails it, row by row, so that one bad row costs only
 * itself. Any other failure is thrown: it would fail every row alike.
 */
async function writeRows(
  container: MedusaContainer,
  companyId: string,
  rows: ResolvedPriceRow[],
  journal: CompanyPriceWritesUndo[]
): Promise<Omit<PriceImportResult, "failed_count">> {
  const none = { created: 0, updated: 0, unchanged: 0, failed: [] as RowFailure[] }
  if (!rows.length) {
    return none
  }
  try {
    const { result } = await upsertCompanyPricesWorkflow(container).run({
      input: { company_id: companyId, rows: rows.map(({ row, ...terms }) => terms) },
    })
    const { undo, ...counts } = result
    journal.push(undo)
    return { ...counts, failed: [] }
  } catch (error) {
    if (!isRowDataError(error)) {
      throw error
    }
    if (rows.length === 1) {
      return { ...none, failed: [{ row: rows[0].row, message: errorMessageOf(error) }] }
    }
    const total = { ...none }
    for (const row of rows) {
      const one = await writeRows(container, companyId, [row], journal)
      total.created += one.created
      total.updated += one.updated
      total.unchanged += one.unchanged
      total.failed.push(...one.failed)
    }
    return total
  }
}

/** Puts back what the import's batches wrote, newest first; false when that fails too. */
async function undoWrites(container: MedusaContainer, companyId: string, journal: CompanyPriceWritesUndo[]) {
  try {
    for (const undo of [...journal].reverse()) {
      if (undo.created_ids.length || undo.restore.length) {
        await revertCompanyPriceWritesWorkflow(container).run({ input: { company_id: companyId, undo } })
      }
    }
    return true
  } catch {
    return false
  }
}
