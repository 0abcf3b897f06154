import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createCompanyAddressWorkflow } from "../../../../../workflows/company"
import { listCompanyAddresses, retrieveCompanyAddress } from "../../../../utils/company-addresses"
import { retrieveCompany } from "../../../../utils/company-queries"
import type { CreateCompanyAddressType, GetCompanyAddressesParamsType } from "./validators"

/** The company's billing address and delivery sites; 404 for a missing company. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await retrieveCompany(req.scope, req.params.id, ["id"])
  const { kind } = req.validatedQuery as GetCompanyAddressesParamsType
  const { skip, take, order } = req.queryConfig.pagination
  const { addresses, count } = await listCompanyAddresses(req.scope, req.params.id, { kind, fields: req.queryConfig.fields, skip, take, order })
  res.json({ addresses, count, offset: skip ?? 0, limit: take ?? 50 })
}

export const POST = async (req: AuthenticatedMedusaRequest<CreateCompanyAddressType>, res: MedusaResponse) => {
  const { result } = await createCompanyAddressWorkflow(req.scope).run({ input: { ...req.validatedBody, company_id: req.params.id } })
  res.json({ address: await retrieveCompanyAddress(req.scope, req.params.id, result.id) })
}
