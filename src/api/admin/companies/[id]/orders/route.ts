import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { respondWithCompanyOrders, retrieveCompany } from "../../../../utils/company-queries"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await retrieveCompany(req.scope, req.params.id, ["id"])
  await respondWithCompanyOrders(req, res, req.params.id)
}
