import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadCompanyDiscount, loadCompanyPricing } from "../../../queries/prices"

export const loadCompanyDiscountStep = createStep(
  "b2b-load-company-discount",
  async (input: { company_id: string }, { container }) => {
    const company = await loadCompanyPricing(container, input.company_id)
    const discount = await loadCompanyDiscount(container, company)
    return new StepResponse({ company, discount })
  }
)
