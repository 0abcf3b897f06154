import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listCompanyOrders } from "../../../../utils/company-queries"
import { requireBuyer } from "../../buyer"

/** Every employee sees the company's orders (viewers included). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const buyer = await requireBuyer(req)
  const { orders, count } = await listCompanyOrders(
    req.scope,
    buyer.company.id,
    req.queryConfig.fields,
    req.queryConfig.pagination
  )
  res.json({ orders, count, offset: req.queryConfig.pagination.skip, limit: req.queryConfig.pagination.take })
}
