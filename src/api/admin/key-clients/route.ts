import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listKeyClients } from "../../../queries/key-clients"
import { rankingCurrency } from "./period"
import type { AdminGetKeyClientsParamsType } from "./validators"

/** Companies ranked by revenue over a period, with their cumulative share and ABC class; paged in the database. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { from, to, limit, offset, currency_code } = req.validatedQuery as AdminGetKeyClientsParamsType
  const currency = await rankingCurrency(req.scope, currency_code)
  const page = await listKeyClients(req.scope, { from, to, currency_code: currency, limit, offset })
  res.json({ ...page, currency_code: currency, from: from.toISOString(), to: to.toISOString(), limit, offset })
}
