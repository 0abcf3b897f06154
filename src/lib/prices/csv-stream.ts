import { Readable } from "node:stream"
import { parse } from "csv-parse"
import { normalisePriceCsvHeader, priceCsvHeaderProblem, readPriceCsvRecord } from "./csv"
import type { PriceCandidate, RowFailure } from "./types"

/** The file as a whole cannot be imported (no header, or a header without the needed columns). */
export class PriceCsvFormatError extends Error {}

export interface PriceCsvBatch {
  candidates: PriceCandidate[]
  failed: RowFailure[]
}

export const PRICE_IMPORT_BATCH_SIZE = 1000

/**
 * Reads a price CSV as a stream, `batchSize` rows at a time: only the current batch is in memory, and
 * the file is read no faster than the batches are consumed. Rows are numbered as in a spreadsheet
 * (the header is row 1). A row of broken CSV syntax is reported and skipped; the others are read.
 */
export async function* readPriceCsvBatches(
  source: Readable | string,
  batchSize = PRICE_IMPORT_BATCH_SIZE
): AsyncGenerator<PriceCsvBatch> {
  let headerSeen = false
  const parser = parse({
    bom: true,
    trim: true,
    skip_empty_lines: true,
    relax_column_count: true,
    info: true,
    skip_records_with_error: true,
    columns: (header: string[]) => {
      headerSeen = true
      const columns = normalisePriceCsvHeader(header)
      const problem = priceCsvHeaderProblem(columns)
      if (problem) {
        throw new PriceCsvFormatError(problem)
      }
      return columns
    },
  })
  // Syntax errors arrive as events while records wait in the parser's buffer; they join the next batch.
  const unreadable: RowFailure[] = []
  parser.on("skip", (error: Error & { lines?: number }) => {
    unreadable.push({ row: error.lines ?? 0, message: `this row is not valid CSV: ${error.message}` })
  })
  const input = typeof source === "string" ? Readable.from([source]) : source
  input.on("error", (error) => parser.destroy(error))
  if (typeof source !== "string" && source.errored) {
    // A stream that failed before this reader came (an upload stopped by a limit) has no error left to emit.
    parser.destroy(source.errored)
  }
  input.pipe(parser)

  let batch: PriceCsvBatch = { candidates: [], failed: [] }
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      const result = readPriceCsvRecord(record, info.lines)
      if (result.ok) {
        batch.candidates.push(result.value)
      } else {
        batch.failed.push(result.failure)
      }
      batch.failed.push(...unreadable.splice(0))
      if (batch.candidates.length + batch.failed.length >= batchSize) {
        yield batch
        batch = { candidates: [], failed: [] }
      }
    }
  } finally {
    input.unpipe(parser)
  }
  batch.failed.push(...unreadable.splice(0))
  if (!headerSeen) {
    throw new PriceCsvFormatError("The CSV file is empty: it needs a header row and one row per price")
  }
  if (batch.candidates.length || batch.failed.length) {
    yield batch
  }
}
