import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import type { CompanyCreate, CompanyUpdate } from "../types"

const service = (container: { resolve<T>(key: string): T }) =>
  container.resolve<CompanyModuleService>(COMPANY_MODULE)

export const createCompanyStep = createStep(
  "b2b-create-company",
  async (input: CompanyCreate, { container }) => {
    const company = await service(container).createCompanies(input)
    return new StepResponse(company, company.id)
  },
  async (id, { container }) => {
    if (id) {
      await service(container).deleteCompanies(id)
    }
  }
)

const UPDATABLE: (keyof CompanyUpdate)[] = [
  "name", "legal_name", "tax_id", "email", "phone", "address_1", "address_2", "city", "postal_code",
  "province", "country_code", "currency_code", "status", "min_order_amount", "min_order_currency_code",
  "account_manager_id", "payment_terms", "net_days", "credit_limit", "overdue_hold_days", "contract_number",
  "contract_date",
  "notes", "metadata", "price_list_id", "promotion_id", "customer_group_id",
]

export const updateCompanyStep = createStep(
  "b2b-update-company",
  async (input: CompanyUpdate & { id: string }, { container }) => {
    const companies = service(container)
    const before = await companies.retrieveCompany(input.id)
    const restore: Record<string, unknown> & { id: string } = { id: input.id }
    for (const key of UPDATABLE) {
      if (key in input) {
        restore[key] = (before as Record<string, unknown>)[key] ?? null
      }
    }
    const company = await companies.updateCompanies(input)
    return new StepResponse(company, restore)
  },
  async (restore, { container }) => {
    if (restore) {
      await service(container).updateCompanies(restore as CompanyUpdate & { id: string })
    }
  }
)

export const softDeleteCompanyStep = createStep(
  "b2b-soft-delete-company",
  async (id: string, { container }) => {
    await service(container).softDeleteCompanies(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) {
      await service(container).restoreCompanies(id)
    }
  }
)
