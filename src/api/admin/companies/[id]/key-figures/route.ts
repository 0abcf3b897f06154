import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listKeyClients } from "../../../../../queries/key-clients"
import { retrieveCompany } from "../../../../utils/company-queries"
import { rankingCurrency } from "../../../key-clients/period"
import type { AdminGetCompanyKeyFiguresParamsType } from "../../../key-clients/validators"

/** The company's row of the key-clients ranking (its rank among all companies); 404 for a missing company. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { from, to, currency_code } = req.validatedQuery as AdminGetCompanyKeyFiguresParamsType
  await retrieveCompany(req.scope, req.params.id, ["id"])
  const currency = await rankingCurrency(req.scope, currency_code)
  const page = await listKeyClients(req.scope, { from, to, currency_code: currency, limit: 1, offset: 0, company_id: req.params.id })
  res.json({
    key_figures: page.key_clients[0] ?? null,
    count: page.count,
    total_revenue: page.total_revenue,
    currency_code: currency,
    from: from.toISOString(),
    to: to.toISOString(),
  })
}
