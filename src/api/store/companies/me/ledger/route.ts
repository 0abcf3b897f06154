import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { companyLedger } from "../../../../../queries/credit"
import type { LedgerListParamsType } from "../../../../admin/companies/[id]/credit/validators"
import { requireBuyer, requireCompanyAdmin } from "../../buyer"

/** Company admins: `{ entries, count, offset, limit }` of their own company's ledger. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, LedgerListParamsType>, res: MedusaResponse) => {
  const buyer = await requireBuyer(req)
  requireCompanyAdmin(buyer, "read the company's ledger")
  const { limit, offset, order, type, status, order_id, from, to } = req.validatedQuery as LedgerListParamsType
  res.json(await companyLedger(req.scope, buyer.company.id, { type, status, order_id, from, to }, { limit, offset, order }))
}
