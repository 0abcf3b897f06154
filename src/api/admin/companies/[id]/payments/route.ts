import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { companyCredit, companyLedgerEntry } from "../../../../../queries/credit"
import { recordCompanyPaymentWorkflow } from "../../../../../workflows/credit"
import type { AdminRecordPaymentType } from "../credit/validators"

/** Records a payment received; answers `{ payment, credit }` (the payment with what it settled). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminRecordPaymentType>, res: MedusaResponse) => {
  const { result } = await recordCompanyPaymentWorkflow(req.scope).run({ input: { ...req.validatedBody, company_id: req.params.id } })
  const [payment, credit] = await Promise.all([
    companyLedgerEntry(req.scope, req.params.id, result.entry.id),
    companyCredit(req.scope, req.params.id),
  ])
  res.json({ payment, credit })
}
