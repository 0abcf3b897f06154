import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { isCalendarDay, startOfDay } from "../../lib/credit/statement"
import { statementCsv, statementFileName, statementPdf } from "../../lib/credit/statement-documents"
import type { PluginOptions } from "../../lib/plugin-options"
import { COMPANY_MODULE } from "../../modules/company"
import type CompanyModuleService from "../../modules/company/service"
import { loadCompanyStatement } from "../../queries/statement"

const MAX_PERIOD_DAYS = 3660
const day = (field: string) =>
  z
    .string({ message: `${field} is required: a date written YYYY-MM-DD` })
    .refine(isCalendarDay, { message: `${field} must be a date written YYYY-MM-DD` })

/** `from` and `to` (both included) and the format of a statement of account. */
export const StatementParams = z
  .object({
    from: day("from"),
    to: day("to"),
    format: z.enum(["json", "csv", "pdf"], { message: "format must be json, csv or pdf" }).default("json"),
  })
  .refine((params) => params.from <= params.to, { message: "from must be on or before to", path: ["from"] })
  .refine((params) => (startOfDay(params.to).getTime() - startOfDay(params.from).getTime()) / 86_400_000 < MAX_PERIOD_DAYS, {
    message: `a statement covers at most ${MAX_PERIOD_DAYS} days`,
    path: ["to"],
  })
export type StatementParamsType = z.infer<typeof StatementParams>

/** Answers the company's statement for the period as JSON, CSV (one row an entry) or the PDF both sides sign. */
export async function respondWithStatement(req: MedusaRequest, res: MedusaResponse, companyId: string) {
  const params = req.validatedQuery as StatementParamsType
  const { statement, buyer } = await loadCompanyStatement(req.scope, companyId, params)
  if (params.format === "csv") {
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.setHeader("Content-Disposition", `attachment; filename="${statementFileName(statement, "csv")}"`)
    res.send(statementCsv(statement))
    return
  }
  if (params.format === "pdf") {
    const companies = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
    const seller: PluginOptions["seller"] = companies.getPluginOptions().seller
    const pdf = await statementPdf({ statement, seller, buyer })
    res.setHeader("Content-Type", "application/pdf")
    res.setHeader("Content-Disposition", `attachment; filename="${statementFileName(statement, "pdf")}"`)
    res.send(pdf)
    return
  }
  res.json({ statement })
}
