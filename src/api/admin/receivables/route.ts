import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listReceivables } from "../../../queries/receivables"
import type { AdminGetReceivablesParamsType } from "./validators"

/** What companies owe on account, with aging buckets, the most overdue first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { q, limit, offset } = req.validatedQuery as AdminGetReceivablesParamsType
  const { receivables, count } = await listReceivables(req.scope, { q: q || undefined, limit, offset })
  res.json({ receivables, count, offset, limit })
}
