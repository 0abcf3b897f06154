import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CompanyAddressData } from "../../modules/company/service"
import { loadCompanyStep } from "./steps/lookups"
import { deleteCompanyAddressStep, writeCompanyAddressStep } from "./steps/address-records"

export type { CompanyAddressData }

export interface CreateCompanyAddressInput extends CompanyAddressData {
  company_id: string
}

export interface UpdateCompanyAddressInput extends CompanyAddressData {
  company_id: string
  address_id: string
}

const addressData = ({ company_id: _company, address_id: _id, ...data }: CompanyAddressData & { company_id: string; address_id?: string }) => ({
  ...data,
  ...(data.country_code && { country_code: data.country_code.toLowerCase() }),
})

/**
 * Adds a billing address or a delivery site to a company. A new default delivery site takes over from the
 * previous default; a second billing address is refused.
 */
export const createCompanyAddressWorkflow = createWorkflow("b2b-create-company-address", (input: CreateCompanyAddressInput) => {
  loadCompanyStep({ id: input.company_id })
  const address = writeCompanyAddressStep(
    transform({ input }, ({ input }) => ({ company_id: input.company_id, data: addressData(input) }))
  )
  return new WorkflowResponse(address)
})

/** Changes a company's address; an address of another company is 404. */
export const updateCompanyAddressWorkflow = createWorkflow("b2b-update-company-address", (input: UpdateCompanyAddressInput) => {
  loadCompanyStep({ id: input.company_id })
  const address = writeCompanyAddressStep(
    transform({ input }, ({ input }) => ({ company_id: input.company_id, id: input.address_id, data: addressData(input) }))
  )
  return new WorkflowResponse(address)
})

/** Deletes a company's address; an address of another company is 404. */
export const deleteCompanyAddressWorkflow = createWorkflow(
  "b2b-delete-company-address",
  (input: { company_id: string; address_id: string }) => {
    loadCompanyStep({ id: input.company_id })
    const deleted = deleteCompanyAddressStep(transform({ input }, ({ input }) => ({ company_id: input.company_id, id: input.address_id })))
    return new WorkflowResponse(deleted)
  }
)
