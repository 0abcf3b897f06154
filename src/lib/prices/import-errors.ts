// Which failures of a price import are the file's fault (reported per row) and which are not (the import stops).

/**
 * Medusa error types that say a row's data is wrong: invalid terms, an unknown variant, a duplicate key, a write
 * the row's data does not allow. Medusa maps PostgreSQL's constraint violations to these types too.
 */
export const ROW_DATA_ERROR_TYPES: ReadonlySet<string> = new Set([
  "invalid_data",
  "not_found",
  "duplicate_error",
  "not_allowed",
])

/**
 * True for an error a row's data caused. A workflow run throws its step's error serialised (a plain object
 * keeping `type`), so the type is read off the object rather than by class. Anything else (a lost connection,
 * a failing database, a timeout, a bug) is not the file's fault: retrying row by row would only repeat it.
 */
export function isRowDataError(error: unknown): boolean {
  const type = typeof error === "object" && error !== null && "type" in error ? (error as { type: unknown }).type : null
  return typeof type === "string" && ROW_DATA_ERROR_TYPES.has(type)
}

export const errorMessageOf = (error: unknown): string =>
  typeof error === "object" && error !== null && "message" in error ? String((error as { message: unknown }).message) : String(error)

/**
 * An import stopped by a failure that is not the file's fault. `undone` says whether what the earlier batches
 * had written was put back (so the company's prices are as before the import).
 */
export class PriceImportAbortedError extends Error {
  constructor(
    readonly reason: unknown,
    readonly undone: boolean,
    readonly rows_written: number
  ) {
    super(
      undone
        ? `The price import stopped because the server could not write it (${errorMessageOf(reason)}); nothing was imported. Try again later.`
        : `The price import stopped because the server could not write it (${errorMessageOf(reason)}), and ${rows_written} row(s) written before could not be undone. Import the same file again once the server is back: an import sets each price by its key, so running it again gives the file's prices.`
    )
    this.name = "PriceImportAbortedError"
  }
}
