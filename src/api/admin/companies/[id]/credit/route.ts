import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { companyCredit } from "../../../../../queries/credit"

/** `{ credit }`: limit, balance, what is held and available, overdue, and the payment methods the company can use. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ credit: await companyCredit(req.scope, req.params.id) })
}
