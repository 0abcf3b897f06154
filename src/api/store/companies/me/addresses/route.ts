import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createCompanyAddressWorkflow } from "../../../../../workflows/company"
import { listCompanyAddresses, retrieveCompanyAddress } from "../../../../utils/company-addresses"
import type { CreateCompanyAddressType, GetCompanyAddressesParamsType } from "../../../../admin/companies/[id]/addresses/validators"
import { requireBuyer, requireCompanyAdmin } from "../../buyer"

/** Every employee sees the company's addresses: the storefront offers them at checkout. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const buyer = await requireBuyer(req)
  const { kind } = req.validatedQuery as GetCompanyAddressesParamsType
  const { skip, take, order } = req.queryConfig.pagination
  const { addresses, count } = await listCompanyAddresses(req.scope, buyer.company.id, { kind, fields: req.queryConfig.fields, skip, take, order })
  res.json({ addresses, count, offset: skip ?? 0, limit: take ?? 50 })
}

/** Only the company's admins add addresses. */
export const POST = async (req: AuthenticatedMedusaRequest<CreateCompanyAddressType>, res: MedusaResponse) => {
  const buyer = await requireBuyer(req)
  requireCompanyAdmin(buyer, "add addresses")
  const { result } = await createCompanyAddressWorkflow(req.scope).run({ input: { ...req.validatedBody, company_id: buyer.company.id } })
  res.status(201).json({ address: await retrieveCompanyAddress(req.scope, buyer.company.id, result.id) })
}
