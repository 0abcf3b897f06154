import type { PriceTerms } from "../../lib/prices"
import type { PricedVariant } from "../../queries/prices"

/** The price set each variant's prices live in, for the pricing module's writes. */
export const variantPriceSetMap = (variants: PricedVariant[]): Record<string, string> =>
  Object.fromEntries(variants.map((variant) => [variant.id, variant.price_set_id]))

const terms = (price: PriceTerms) => ({
  currency_code: price.currency_code,
  amount: price.amount,
  min_quantity: price.min_quantity,
  max_quantity: price.max_quantity,
})

/** Input of Medusa's create-price-list-prices step for new prices of one list. */
export const priceListCreates = (priceListId: string, prices: PriceTerms[], priceSets: Record<string, string>) => ({
  data: prices.length
    ? [{ id: priceListId, prices: prices.map((price) => ({ variant_id: price.variant_id, ...terms(price) })) }]
    : [],
  variant_price_map: priceSets,
})

/** Input of the company price update step. */
export const priceListUpdates = (
  priceListId: string,
  prices: (PriceTerms & { id: string })[],
  priceSets: Record<string, string>
) => ({
  price_list_id: priceListId,
  prices: prices.map((price) => ({ id: price.id, price_set_id: priceSets[price.variant_id], ...terms(price) })),
})
