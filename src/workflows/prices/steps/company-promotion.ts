import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { companyPromotionCode, companyPromotionData } from "../../../lib/prices"

type Previous = { id: string; value: number; status: "draft" | "active" | "inactive"; is_automatic: boolean }
type Undo = { created_id?: string; previous?: Previous }

/**
 * Creates the company's discount promotion, or, when another request created it a moment before, sets the
 * percent on that one. PostgreSQL decides who creates it: the promotion code is unique (`IDX_unique_promotion_code`)
 * and carries the company id, so of concurrent first-time discounts one insert wins and the others update it.
 * Compensation deletes the promotion this step created, or writes back the terms it changed.
 */
export const upsertCompanyPromotionStep = createStep(
  "b2b-upsert-company-promotion",
  async (input: { company_id: string; customer_group_id: string; percent: number }, { container }) => {
    const promotions = container.resolve(Modules.PROMOTION)
    try {
      const [created] = await promotions.createPromotions([
        companyPromotionData(input.company_id, input.customer_group_id, input.percent),
      ])
      return new StepResponse<{ promotion_id: string }, Undo>({ promotion_id: created.id }, { created_id: created.id })
    } catch (error) {
      // Medusa reports the unique code's violation as invalid data ("… already exists"): whatever the wording,
      // a promotion now holding the company's code means another request created it first.
      const [existing] = await promotions.listPromotions(
        { code: companyPromotionCode(input.company_id) },
        { select: ["id", "status", "is_automatic", "application_method.value"], relations: ["application_method"] }
      )
      if (!existing) {
        throw error
      }
      const previous: Previous = {
        id: existing.id,
        value: Number(existing.application_method?.value ?? 0),
        status: existing.status ?? "active",
        is_automatic: Boolean(existing.is_automatic),
      }
      await promotions.updatePromotions([
        { id: existing.id, status: "active", is_automatic: true, application_method: { value: input.percent } },
      ])
      return new StepResponse<{ promotion_id: string }, Undo>({ promotion_id: existing.id }, { previous })
    }
  },
  async (undo, { container }) => {
    const promotions = container.resolve(Modules.PROMOTION)
    if (undo?.created_id) {
      await promotions.deletePromotions([undo.created_id])
    } else if (undo?.previous) {
      const { id, value, status, is_automatic } = undo.previous
      await promotions.updatePromotions([{ id, status, is_automatic, application_method: { value } }])
    }
  }
)
