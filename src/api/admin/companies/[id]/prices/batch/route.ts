import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { batchCompanyPricesWorkflow } from "../../../../../../workflows/prices"
import { listCompanyPriceRows } from "../../../../../utils/company-prices"
import { retrieveCompany } from "../../../../../utils/company-queries"
import type { AdminBatchCompanyPricesType } from "../validators"

/** Creates, updates and deletes negotiated prices in one all-or-nothing batch (404 for a missing company from the workflow). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminBatchCompanyPricesType>, res: MedusaResponse) => {
  const { result } = await batchCompanyPricesWorkflow(req.scope).run({
    input: { company_id: req.params.id, ...req.validatedBody },
  })
  const written = [...result.created, ...result.updated]
  const rows = written.length
    ? (await listCompanyPriceRows(req.scope, result.price_list_id, { ids: written, take: written.length })).rows
    : []
  const created = new Set(result.created)
  res.json({
    created: rows.filter((row) => created.has(row.id)),
    updated: rows.filter((row) => !created.has(row.id)),
    deleted: result.deleted,
  })
}
