import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setCompanyDiscountWorkflow } from "../../../../../workflows/prices"
import { loadCompanyDiscount } from "../../../../../queries/prices"
import { retrieveCompany } from "../../../../utils/company-queries"
import type { AdminSetCompanyDiscountType } from "./validators"

/** The company's discount: `{ percent, promotion_id }`, percent 0 when it has none. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const company = await retrieveCompany(req.scope, req.params.id, ["id", "promotion_id"])
  const discount = await loadCompanyDiscount(req.scope, { company_id: company.id, promotion_id: company.promotion_id })
  res.json({
    discount: { company_id: company.id, percent: discount?.percent ?? 0, promotion_id: discount?.promotion_id ?? null },
  })
}

/** Sets the company's discount percent (0 removes it): an automatic promotion for its buyers (404 from the workflow). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSetCompanyDiscountType>, res: MedusaResponse) => {
  const { result } = await setCompanyDiscountWorkflow(req.scope).run({
    input: { company_id: req.params.id, percent: req.validatedBody.percent },
  })
  res.json({ discount: result })
}
