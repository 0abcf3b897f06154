import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deletePromotionsStep, updatePromotionsStep } from "@medusajs/medusa/core-flows"
import { companyDiscountAction } from "../../lib/prices"
import { upsertCompanyPromotionStep } from "./steps/company-promotion"
import { loadCompanyDiscountStep } from "./steps/company-discount"
import { updateCompanyStep } from "../company/steps/company-records"

export interface SetCompanyDiscountInput {
  company_id: string
  /** 0–100; 0 removes the discount. */
  percent: number
}

/**
 * Gives a company's buyers a discount on every item: an automatic Medusa promotion for the company's
 * customer group, created, changed or removed (percent 0), and remembered on the company.
 */
export const setCompanyDiscountWorkflow = createWorkflow(
  "b2b-set-company-discount",
  (input: SetCompanyDiscountInput) => {
    const current = loadCompanyDiscountStep({ company_id: input.company_id })
    const action = transform({ input, current }, ({ input, current }) =>
      companyDiscountAction(input.percent, current.discount)
    )

    const created = when({ action }, ({ action }) => action.kind === "create").then(() => {
      // Two first-time discounts may race here: the promotion code's unique index lets one create it, the other update it.
      const promotion = upsertCompanyPromotionStep(
        transform({ current, input }, ({ current, input }) => ({
          company_id: current.company.company_id,
          customer_group_id: current.company.customer_group_id,
          percent: input.percent,
        }))
      )
      updateCompanyStep(
        transform({ current, promotion }, ({ current, promotion }) => ({
          id: current.company.company_id,
          promotion_id: promotion.promotion_id,
        }))
      ).config({ name: "b2b-set-company-promotion" })
      return promotion
    })

    when({ action }, ({ action }) => action.kind === "update").then(() => {
      updatePromotionsStep(
        transform({ action, current }, ({ action, current }) => {
          const update = action as { promotion_id: string; percent: number }
          return [
            {
              id: update.promotion_id,
              status: "active" as const,
              is_automatic: true,
              application_method: { value: update.percent },
            },
          ]
        })
      )
      // The promotion may have been found by its code: make sure the company points at it.
      updateCompanyStep(
        transform({ action, current }, ({ action, current }) => ({
          id: current.company.company_id,
          promotion_id: (action as { promotion_id: string }).promotion_id,
        }))
      ).config({ name: "b2b-keep-company-promotion" })
    })

    when({ action }, ({ action }) => action.kind === "remove").then(() => {
      deletePromotionsStep(transform({ action }, ({ action }) => [(action as { promotion_id: string }).promotion_id]))
      updateCompanyStep(
        transform({ current }, ({ current }) => ({ id: current.company.company_id, promotion_id: null }))
      ).config({ name: "b2b-clear-company-promotion" })
    })

    return new WorkflowResponse(
      transform({ input, current, action, created }, ({ input, current, action, created }) => ({
        company_id: input.company_id,
        percent: input.percent,
        promotion_id:
          action.kind === "remove"
            ? null
            : action.kind === "create"
              ? created?.promotion_id ?? null
              : current.discount?.promotion_id ?? null,
      }))
    )
  }
)
