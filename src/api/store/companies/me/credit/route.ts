import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { companyCredit } from "../../../../../queries/credit"
import { loadBuyer } from "../../../../../queries/buyer"
import { requireBuyer } from "../../buyer"

/** Any employee: `{ credit }` of their own company, with the payment methods they can use now. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { company } = await requireBuyer(req)
  const buyer = await loadBuyer(req.scope, req.auth_context.actor_id)
  res.json({ credit: await companyCredit(req.scope, company.id, buyer) })
}
