import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadCompanyPricing } from "../../../queries/prices"
import { companyPriceListData, companyPriceListRepair, priceListRulesFromRecords } from "../../../lib/prices"

type ListRevert =
  | { created_id: string }
  | { id: string; type: "sale" | "override"; status: "active" | "draft"; rules: Record<string, string[]> }
  | null

/**
 * Makes the company's price list apply to its buyers: an active override list whose only rule is its
 * customer group under the key Medusa's matcher reads. Repairs a list edited elsewhere (say, a rule
 * written as `customer_group_id`) and opens a new list when the old one was deleted.
 */
export const ensureCompanyPriceListStep = createStep(
  "b2b-ensure-company-price-list",
  async (input: { company_id: string }, { container }) => {
    const company = await loadCompanyPricing(container, input.company_id)
    const pricing = container.resolve(Modules.PRICING)
    const [list] = company.price_list_id
      ? await pricing.listPriceLists(
          { id: [company.price_list_id] },
          { relations: ["price_list_rules"], select: ["id", "type", "status", "price_list_rules.attribute", "price_list_rules.value"] }
        )
      : []
    if (!list) {
      const [created] = await pricing.createPriceLists([
        companyPriceListData({ id: company.company_id, name: company.company_name }, company.customer_group_id),
      ])
      const result = { ...company, price_list_id: created.id, list_created: true, list_repaired: false }
      return new StepResponse(result, { created_id: created.id } as ListRevert)
    }
    const rules = priceListRulesFromRecords((list as any).price_list_rules)
    const state = { type: list.type ?? "sale", status: list.status ?? "draft", rules }
    const repair = companyPriceListRepair(state, company.customer_group_id)
    if (repair) {
      await pricing.updatePriceLists([{ id: list.id, ...repair }])
    }
    const revert: ListRevert = repair ? { id: list.id, ...state } : null
    return new StepResponse(
      { ...company, price_list_id: list.id, list_created: false, list_repaired: !!repair },
      revert
    )
  },
  async (revert, { container }) => {
    if (!revert) {
      return
    }
    const pricing = container.resolve(Modules.PRICING)
    if ("created_id" in revert) {
      await pricing.deletePriceLists([revert.created_id])
    } else {
      await pricing.updatePriceLists([revert])
    }
  }
)
