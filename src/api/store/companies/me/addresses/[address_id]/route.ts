import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteCompanyAddressWorkflow, updateCompanyAddressWorkflow } from "../../../../../../workflows/company"
import { retrieveCompanyAddress } from "../../../../../utils/company-addresses"
import type { UpdateCompanyAddressType } from "../../../../../admin/companies/[id]/addresses/validators"
import { requireBuyer, requireCompanyAdmin } from "../../../buyer"

// Another company's address answers 404 before the role is judged, exactly like a missing one.
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const buyer = await requireBuyer(req)
  res.json({ address: await retrieveCompanyAddress(req.scope, buyer.company.id, req.params.address_id) })
}

export const POST = async (req: AuthenticatedMedusaRequest<UpdateCompanyAddressType>, res: MedusaResponse) => {
  const buyer = await requireBuyer(req)
  const addressId = req.params.address_id
  await retrieveCompanyAddress(req.scope, buyer.company.id, addressId)
  requireCompanyAdmin(buyer, "change addresses")
  await updateCompanyAddressWorkflow(req.scope).run({ input: { ...req.validatedBody, company_id: buyer.company.id, address_id: addressId } })
  res.json({ address: await retrieveCompanyAddress(req.scope, buyer.company.id, addressId) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const buyer = await requireBuyer(req)
  const addressId = req.params.address_id
  await retrieveCompanyAddress(req.scope, buyer.company.id, addressId)
  requireCompanyAdmin(buyer, "delete addresses")
  const { result } = await deleteCompanyAddressWorkflow(req.scope).run({ input: { company_id: buyer.company.id, address_id: addressId } })
  res.json(result)
}
