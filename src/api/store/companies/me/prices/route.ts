import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pageOf } from "../../../../admin/companies/[id]/prices/validators"
import { listCompanyPriceRows, sendPriceSheetCsv } from "../../../../utils/company-prices"
import { requireBuyer } from "../../buyer"
import type { StoreGetCompanyPricesParamsType } from "./validators"

/** The buyer's own company's price sheet (JSON, or CSV with `?format=csv`); 404 without a company. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, StoreGetCompanyPricesParamsType>,
  res: MedusaResponse
) => {
  const { company } = await requireBuyer(req)
  const params = req.validatedQuery as StoreGetCompanyPricesParamsType
  if (params.format === "csv") {
    return await sendPriceSheetCsv(res, req.scope, company.price_list_id, `${company.name}-prices.csv`)
  }
  const { rows, count } = await listCompanyPriceRows(req.scope, company.price_list_id, { q: params.q, ...pageOf(params) })
  res.json({ prices: rows, count, offset: params.offset, limit: params.limit })
}
