import { once } from "node:events"
import { finished } from "node:stream/promises"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { stringify } from "csv-stringify"
import { COMPANY_CSV_COLUMNS, COMPANY_CSV_FIELDS, companyCsvRecord } from "../../../../lib/company/export"
import { listCompanies } from "../../../../queries/company-list"
import type { AdminExportCompaniesParamsType } from "../validators"

const EXPORT_PAGE_SIZE = 500

/** Every company the list's filters match, in the list's order, as CSV; read a page at a time. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminExportCompaniesParamsType>, res: MedusaResponse) => {
  const { q, status, customer_id, order = "name" } = req.validatedQuery
  const sort = { [order.replace(/^-/, "")]: order.startsWith("-") ? "DESC" : "ASC" }
  const filters = { q, status, customer_id }
  // The first page is read before the headers go out, so a failure still answers with an error status.
  let page = await listCompanies(req.scope, filters, COMPANY_CSV_FIELDS, { skip: 0, take: EXPORT_PAGE_SIZE, order: sort })
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="companies-${new Date().toISOString().slice(0, 10)}.csv"`)
  const csv = stringify({ header: true, columns: [...COMPANY_CSV_COLUMNS] })
  csv.pipe(res)
  for (let skip = 0; ; ) {
    for (const company of page.companies) {
      if (!csv.write(companyCsvRecord(company))) {
        await once(csv, "drain")
      }
    }
    skip += EXPORT_PAGE_SIZE
    if (page.companies.length < EXPORT_PAGE_SIZE || skip >= page.count) {
      break
    }
    page = await listCompanies(req.scope, filters, COMPANY_CSV_FIELDS, { skip, take: EXPORT_PAGE_SIZE, order: sort })
  }
  csv.end()
  await finished(res)
}
