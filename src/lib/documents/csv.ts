import { stringify } from "csv-stringify/sync"

export interface CsvColumn<Row> {
  header: string
  value: (row: Row) => string | number | null | undefined
}

/** A CSV text with a header line and one line per row (RFC 4180 quoting, CRLF line ends). */
export function toCsv<Row>(columns: CsvColumn<Row>[], rows: Row[]): string {
  return stringify(
    rows.map((row) => columns.map((column) => column.value(row) ?? "")),
    { header: true, columns: columns.map((column) => column.header), record_delimiter: "windows" }
  )
}
