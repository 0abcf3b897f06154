import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { companyLedger } from "../../../../../queries/credit"
import type { LedgerListParamsType } from "../credit/validators"

/** `{ entries, count, offset, limit }`: the company's ledger, newest first; filters type, status, order_id, from, to. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, LedgerListParamsType>, res: MedusaResponse) => {
  const { limit, offset, order, type, status, order_id, from, to } = req.validatedQuery as LedgerListParamsType
  res.json(await companyLedger(req.scope, req.params.id, { type, status, order_id, from, to }, { limit, offset, order }))
}
