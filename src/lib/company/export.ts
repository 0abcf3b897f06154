// The companies CSV: its columns and how one company becomes a row. Pure, shared by the export route and its tests.

export const COMPANY_CSV_COLUMNS = [
  "id", "name", "legal_name", "tax_id", "email", "phone", "address_1", "address_2", "postal_code", "city",
  "province", "country_code", "currency_code", "status", "min_order_amount", "min_order_currency_code",
  "employees", "created_at",
] as const

/** The company fields the export reads. */
export const COMPANY_CSV_FIELDS = [
  ...COMPANY_CSV_COLUMNS.filter((column) => column !== "employees"),
  "employees.id",
]

export type CompanyCsvRecord = Record<(typeof COMPANY_CSV_COLUMNS)[number], string>

/**
 * A spreadsheet runs a cell starting with = + - @ (or a tab or carriage return) as a formula; a quote in front
 * keeps such a company name text (OWASP's advice for CSV exports).
 */
export function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

const cell = (value: unknown): string => {
  if (value === null || value === undefined) {
    return ""
  }
  if (value instanceof Date) {
    return value.toISOString()
  }
  return spreadsheetSafe(String(value))
}

export function companyCsvRecord(company: Record<string, unknown>): CompanyCsvRecord {
  const record = {} as CompanyCsvRecord
  for (const column of COMPANY_CSV_COLUMNS) {
    record[column] =
      column === "employees"
        ? String(Array.isArray(company.employees) ? company.employees.length : 0)
        : cell(company[column])
  }
  return record
}
