import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listCompanyPriceRows } from "../../../../utils/company-prices"
import { retrieveCompany } from "../../../../utils/company-queries"
import { pageOf, type AdminGetCompanyPricesParamsType } from "./validators"

/** The company's negotiated prices, tiers of a variant together; `q` matches SKU, variant and product title. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetCompanyPricesParamsType>,
  res: MedusaResponse
) => {
  const company = await retrieveCompany(req.scope, req.params.id, ["id", "price_list_id"])
  const params = req.validatedQuery as AdminGetCompanyPricesParamsType
  const { rows, count } = await listCompanyPriceRows(req.scope, company.price_list_id, { q: params.q, ...pageOf(params), with_list_prices: true })
  res.json({ prices: rows, count, offset: params.offset, limit: params.limit })
}
