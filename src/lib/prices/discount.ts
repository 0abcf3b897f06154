import { COMPANY_PRICE_LIST_RULE } from "./price-list-rules"

/** The company's discount promotion as it stands; null when the company has none (or it was deleted). */
export interface CurrentDiscount {
  promotion_id: string
  percent: number
  status: string
  is_automatic: boolean
}

export type DiscountAction =
  | { kind: "create"; percent: number }
  | { kind: "update"; promotion_id: string; percent: number }
  | { kind: "remove"; promotion_id: string }
  | { kind: "none" }

/** What setting the company's discount to `percent` means for its promotion (0 removes it). */
export function companyDiscountAction(percent: number, current: CurrentDiscount | null): DiscountAction {
  if (percent === 0) {
    return current ? { kind: "remove", promotion_id: current.promotion_id } : { kind: "none" }
  }
  if (!current) {
    return { kind: "create", percent }
  }
  const unchanged = current.percent === percent && current.status === "active" && current.is_automatic
  return unchanged ? { kind: "none" } : { kind: "update", promotion_id: current.promotion_id, percent }
}

/** A promotion code is unique store-wide and shows on the buyer's cart adjustments. */
export const companyPromotionCode = (companyId: string): string => `COMPANY-DISCOUNT-${companyId.toUpperCase()}`

/**
 * The automatic promotion that gives a company's buyers `percent` off every item: standard, percentage
 * across the items, for members of the company's customer group only.
 */
export function companyPromotionData(companyId: string, groupId: string, percent: number) {
  return {
    code: companyPromotionCode(companyId),
    type: "standard" as const,
    status: "active" as const,
    is_automatic: true,
    application_method: {
      type: "percentage" as const,
      target_type: "items" as const,
      allocation: "across" as const,
      value: percent,
    },
    rules: [{ attribute: COMPANY_PRICE_LIST_RULE, operator: "in" as const, values: [groupId] }],
    metadata: { company_id: companyId },
  }
}
