import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendPriceSheetCsv } from "../../../../../utils/company-prices"
import { retrieveCompany } from "../../../../../utils/company-queries"

/** The company's prices as CSV in the import format: importing the file back changes nothing. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const company = await retrieveCompany(req.scope, req.params.id, ["id", "name", "price_list_id"])
  await sendPriceSheetCsv(res, req.scope, company.price_list_id, `${company.name}-prices.csv`)
}
