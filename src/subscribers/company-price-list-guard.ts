import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules, PricingEvents } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { repairCompanyPriceList } from "../workflows/prices"

const RULE_EVENTS: string[] = [
  PricingEvents.PRICE_LIST_RULE_CREATED,
  PricingEvents.PRICE_LIST_RULE_UPDATED,
  PricingEvents.PRICE_LIST_RULE_DELETED,
]

/** The price list a rule belongs to, also when the rule was just removed. */
async function priceListOfRule(container: MedusaContainer, ruleId: string): Promise<string | null> {
  const pricing = container.resolve(Modules.PRICING)
  const [rule] = await pricing.listPriceListRules({ id: [ruleId] }, { select: ["id", "price_list_id"], withDeleted: true })
  return (rule as { price_list_id?: string } | undefined)?.price_list_id ?? null
}

/**
 * A company's price list changed outside the plugin is put right again. Medusa 2.21.2 reports rule
 * changes of the pricing module (and a deleted list) here; an edit through the admin price-list route
 * emits nothing and is repaired by a middleware on that route instead.
 */
export default async function keepCompanyPriceListsRight({ event, container }: SubscriberArgs<{ id: string }>) {
  const priceListId = RULE_EVENTS.includes(event.name) ? await priceListOfRule(container, event.data.id) : event.data.id
  if (priceListId) {
    await repairCompanyPriceList(container, priceListId)
  }
}

export const config: SubscriberConfig = {
  event: [PricingEvents.PRICE_LIST_UPDATED, ...RULE_EVENTS],
}
