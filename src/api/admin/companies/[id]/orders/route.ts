import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listCompanyOrders, retrieveCompany } from "../../../../utils/company-queries"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await retrieveCompany(req.scope, req.params.id, ["id"])
  const { orders, count } = await listCompanyOrders(
    req.scope,
    req.params.id,
    req.queryConfig.fields,
    req.queryConfig.pagination
  )
  res.json({ orders, count, offset: req.queryConfig.pagination.skip, limit: req.queryConfig.pagination.take })
}
