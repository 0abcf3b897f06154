import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { batchCompanyPricesWorkflow } from "../../../../../../workflows/prices"
import { listCompanyPriceRows } from "../../../../../utils/company-prices"
import { retrieveCompany } from "../../../../../utils/company-queries"
import type { AdminBatchCompanyPricesType } from "../validators"

/** Creates, updates and deletes negotiated prices in one all-or-nothing batch. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminBatchCompanyPricesType>, res: MedusaResponse) => {
  await retrieveCompany(req.scope, req.params.id, ["id"])
  const { result } = await batchCompanyPricesWorkflow(req.scope).run({
    input: { company_id: req.params.id, ...req.validatedBody },
  })
  const { price_list_id } = await retrieveCompany(req.scope, req.params.id, ["price_list_id"])
  const rowsOf = async (ids: string[]) =>
    ids.length ? (await listCompanyPriceRows(req.scope, price_list_id, { ids, take: ids.length })).rows : []
  res.json({ created: await rowsOf(result.created), updated: await rowsOf(result.updated), deleted: result.deleted })
}
