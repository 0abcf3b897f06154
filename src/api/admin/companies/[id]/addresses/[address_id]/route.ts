import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteCompanyAddressWorkflow, updateCompanyAddressWorkflow } from "../../../../../../workflows/company"
import { retrieveCompanyAddress } from "../../../../../utils/company-addresses"
import type { UpdateCompanyAddressType } from "../validators"

// Another company's address answers 404, exactly like a missing one.
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ address: await retrieveCompanyAddress(req.scope, req.params.id, req.params.address_id) })
}

export const POST = async (req: AuthenticatedMedusaRequest<UpdateCompanyAddressType>, res: MedusaResponse) => {
  const { id, address_id } = req.params
  await updateCompanyAddressWorkflow(req.scope).run({ input: { ...req.validatedBody, company_id: id, address_id } })
  res.json({ address: await retrieveCompanyAddress(req.scope, id, address_id) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await deleteCompanyAddressWorkflow(req.scope).run({
    input: { company_id: req.params.id, address_id: req.params.address_id },
  })
  res.json(result)
}
