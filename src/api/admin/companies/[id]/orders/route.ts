import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { respondWithCompanyOrders } from "../../../../utils/company-queries"

/** The company's orders; 404 for a missing company. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await respondWithCompanyOrders(req, res, req.params.id)
}
