import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { companyLedgerEntry } from "../../../../../../queries/credit"
import { deferCompanyChargeWorkflow } from "../../../../../../workflows/credit"
import type { AdminDeferChargeType } from "../../credit/validators"

const entryOr404 = async (req: AuthenticatedMedusaRequest<unknown>) => {
  const entry = await companyLedgerEntry(req.scope, req.params.id, req.params.entry_id)
  if (!entry) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ledger entry with id "${req.params.entry_id}" was not found`)
  return entry
}

/** `{ entry }` with its allocations and due-date history. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ entry: await entryOr404(req) })
}

/** Defers a charge: `{ due_at, note }`; the change is kept in the entry's history. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminDeferChargeType>, res: MedusaResponse) => {
  await deferCompanyChargeWorkflow(req.scope).run({
    input: {
      company_id: req.params.id,
      entry_id: req.params.entry_id,
      due_at: req.validatedBody.due_at,
      note: req.validatedBody.note ?? null,
      changed_by: req.auth_context?.actor_id ?? null,
    },
  })
  res.json({ entry: await entryOr404(req) })
}
