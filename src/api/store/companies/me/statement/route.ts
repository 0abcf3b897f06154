import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { respondWithStatement } from "../../../../utils/statement"
import { requireBuyer, requireCompanyAdmin } from "../../buyer"

/** The caller's company's statement of account; company admins only. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const buyer = await requireBuyer(req)
  requireCompanyAdmin(buyer, "read the company's statement of account")
  await respondWithStatement(req, res, buyer.company.id)
}
