import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { respondWithCompanyOrders } from "../../../../utils/company-queries"
import { requireBuyer } from "../../buyer"

/** Every employee sees the company's orders (viewers included). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const buyer = await requireBuyer(req)
  await respondWithCompanyOrders(req, res, buyer.company.id)
}
