import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { resolveMinOrderTerms, type MinOrderChange } from "../../../lib/company/min-order"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { plainNumberOrNull } from "../../../lib/prices/terms"
import { storeCurrencies } from "../../../queries/prices"

/**
 * The minimum order terms a company write leaves: the amount with its currency (see `resolveMinOrderTerms`).
 * A minimum without a currency, or in one the store does not sell in, is refused (400).
 */
export const resolveMinOrderTermsStep = createStep(
  "b2b-resolve-min-order-terms",
  async (input: { company_id?: string; change: MinOrderChange }, { container }) => {
    const { change } = input
    if (change.min_order_amount === undefined && change.min_order_currency_code === undefined) {
      return new StepResponse({})
    }
    const current = input.company_id
      ? await container
          .resolve<CompanyModuleService>(COMPANY_MODULE)
          .retrieveCompany(input.company_id, {
            select: ["id", "currency_code", "min_order_amount", "min_order_currency_code"],
          })
      : null
    const resolution = resolveMinOrderTerms(
      change,
      current && {
        currency_code: current.currency_code ?? null,
        min_order_amount: plainNumberOrNull(current.min_order_amount),
        min_order_currency_code: current.min_order_currency_code ?? null,
      },
      await storeCurrencies(container)
    )
    if (resolution.problem !== undefined) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, resolution.problem)
    }
    return new StepResponse(resolution.terms)
  }
)
