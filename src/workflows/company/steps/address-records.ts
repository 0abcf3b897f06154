import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import type { CompanyAddressWrite } from "../../../modules/company/service"

const service = (container: { resolve<T>(key: string): T }) => container.resolve<CompanyModuleService>(COMPANY_MODULE)

/** Creates or changes a company address; undone by putting back what it changed (the address, the old default). */
export const writeCompanyAddressStep = createStep(
  "b2b-write-company-address",
  async (input: CompanyAddressWrite, { container }) => {
    const result = await service(container).writeCompanyAddress(input)
    return new StepResponse(result.address, result)
  },
  async (result, { container }) => {
    if (result) {
      await service(container).undoCompanyAddressWrite(result)
    }
  }
)

/** Deletes a company address (soft); another company's address is 404. Undone by restoring it. */
export const deleteCompanyAddressStep = createStep(
  "b2b-delete-company-address",
  async (input: { company_id: string; id: string }, { container }) => {
    const addresses = service(container)
    const [found] = await addresses.listCompanyAddresses({ id: input.id, company_id: input.company_id }, { select: ["id"] })
    if (!found) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Company address with id "${input.id}" was not found`)
    }
    await addresses.softDeleteCompanyAddresses([found.id])
    return new StepResponse({ id: found.id, object: "company_address" as const, deleted: true as const }, found.id)
  },
  async (id, { container }) => {
    if (id) {
      await service(container).restoreCompanyAddresses([id])
    }
  }
)
