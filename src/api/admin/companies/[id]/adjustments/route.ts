import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { companyCredit, companyLedgerEntry } from "../../../../../queries/credit"
import { recordCompanyAdjustmentWorkflow } from "../../../../../workflows/credit"
import type { AdminRecordAdjustmentType } from "../credit/validators"

/** Records an adjustment `{ amount, direction, reason }`; answers `{ adjustment, credit }`. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminRecordAdjustmentType>, res: MedusaResponse) => {
  const { result } = await recordCompanyAdjustmentWorkflow(req.scope).run({ input: { ...req.validatedBody, company_id: req.params.id } })
  const [adjustment, credit] = await Promise.all([
    companyLedgerEntry(req.scope, req.params.id, result.entry.id),
    companyCredit(req.scope, req.params.id),
  ])
  res.json({ adjustment, credit })
}
