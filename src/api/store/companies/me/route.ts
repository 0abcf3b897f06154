import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateCompanyWorkflow } from "../../../../workflows/company"
import { requireBuyer, requireCompanyAdmin } from "../buyer"
import type { StoreUpdateCompanyType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await requireBuyer(req))
}

export const POST = async (req: AuthenticatedMedusaRequest<StoreUpdateCompanyType>, res: MedusaResponse) => {
  const buyer = await requireBuyer(req)
  requireCompanyAdmin(buyer, "edit the company's details")
  await updateCompanyWorkflow(req.scope).run({ input: { ...req.validatedBody, id: buyer.company.id } })
  res.json(await requireBuyer(req))
}
