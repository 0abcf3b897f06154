import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { companyPromotionCode, type CurrentDiscount } from "../../../lib/prices"
import { loadCompanyPricing } from "./company-price-list"

/**
 * The company's discount promotion: the one the company points at, else the one carrying its code
 * (a promotion left behind by an interrupted change); null when there is none.
 */
export async function loadCompanyDiscount(
  container: MedusaContainer,
  company: { company_id: string; promotion_id: string | null }
): Promise<CurrentDiscount | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const filters = [
    ...(company.promotion_id ? [{ id: company.promotion_id }] : []),
    { code: companyPromotionCode(company.company_id) },
  ]
  for (const filter of filters) {
    const { data } = await query.graph({
      entity: "promotion",
      fields: ["id", "status", "is_automatic", "application_method.value"],
      filters: filter,
    })
    const promotion = data[0] as Record<string, any> | undefined
    if (promotion) {
      return {
        promotion_id: promotion.id,
        percent: Number(promotion.application_method?.value ?? 0),
        status: promotion.status,
        is_automatic: !!promotion.is_automatic,
      }
    }
  }
  return null
}

export const loadCompanyDiscountStep = createStep(
  "b2b-load-company-discount",
  async (input: { company_id: string }, { container }) => {
    const company = await loadCompanyPricing(container, input.company_id)
    const discount = await loadCompanyDiscount(container, company)
    return new StepResponse({ company, discount })
  }
)
