import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { findPricedVariants, storeCurrencies, type PricedVariant } from "../../../queries/prices"
import {
  currencyNotSoldProblem,
  plainNumberOrNull,
  priceBatchProblems,
  type ExistingPrice,
  type PriceBatch,
} from "../../../lib/prices"

/** Variants with the price set their prices live in, by id or SKU; any unknown one is 400. */
export const resolveVariantPriceSetsStep = createStep(
  "b2b-resolve-variant-price-sets",
  async (input: { variant_ids: string[]; skus?: string[] }, { container }) => {
    const variants = await findPricedVariants(container, input.variant_ids, input.skus ?? [])
    const unknown = [
      ...input.variant_ids.filter((id) => !variants.some((v) => v.id === id)).map((id) => `variant ${id}`),
      ...(input.skus ?? []).filter((sku) => !variants.some((v) => v.sku === sku)).map((sku) => `SKU ${sku}`),
    ]
    if (unknown.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `No product variant can be priced for: ${[...new Set(unknown)].join(", ")} (unknown, or without a price set)`
      )
    }
    return new StepResponse(variants)
  }
)

const PRICE_FIELDS = ["id", "price_set_id", "currency_code", "amount", "min_quantity", "max_quantity"]

/**
 * Prices of the company's list: those with the given ids, and every price of the given variants and of
 * the variants those ids price (what a batch must be checked against). Prices of other lists are absent.
 */
export const loadCompanyPricesStep = createStep(
  "b2b-load-company-prices",
  async (input: { price_list_id: string; price_ids?: string[]; variants: PricedVariant[] }, { container }) => {
    const pricing = container.resolve(Modules.PRICING)
    const byId = input.price_ids?.length
      ? await pricing.listPrices({ id: input.price_ids, price_list_id: [input.price_list_id] }, { select: PRICE_FIELDS })
      : []
    const priceSetIds = new Set([...input.variants.map((v) => v.price_set_id), ...byId.map((p) => p.price_set_id as string)])
    const ofVariants = priceSetIds.size
      ? await pricing.listPrices(
          { price_set_id: [...priceSetIds], price_list_id: [input.price_list_id] },
          { select: PRICE_FIELDS }
        )
      : []
    const variantOf = await variantsOfPriceSets(container, [...priceSetIds], input.variants)
    const prices = new Map<string, ExistingPrice>()
    for (const price of [...byId, ...ofVariants]) {
      prices.set(price.id, {
        id: price.id,
        variant_id: variantOf.get(price.price_set_id as string) ?? "",
        currency_code: price.currency_code as string,
        amount: Number(price.amount),
        min_quantity: plainNumberOrNull(price.min_quantity),
        max_quantity: plainNumberOrNull(price.max_quantity),
      })
    }
    return new StepResponse({ prices: [...prices.values()], variant_of_price_set: Object.fromEntries(variantOf) })
  }
)

async function variantsOfPriceSets(container: MedusaContainer, priceSetIds: string[], known: PricedVariant[]) {
  const variantOf = new Map(known.map((v) => [v.price_set_id, v.id]))
  const missing = priceSetIds.filter((id) => !variantOf.has(id))
  if (missing.length) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_variant_price_set",
      fields: ["variant_id", "price_set_id"],
      filters: { price_set_id: missing },
    })
    for (const link of data as any[]) {
      variantOf.set(link.price_set_id, link.variant_id)
    }
  }
  return variantOf
}

/**
 * Refuses a batch that would leave the company's list inconsistent (see `priceBatchProblems`) or price
 * in a currency the store does not sell in.
 */
export const assertPriceBatchStep = createStep(
  "b2b-assert-price-batch",
  async (input: { batch: PriceBatch; existing: ExistingPrice[] }, { container }) => {
    const currencies = await storeCurrencies(container)
    const problems = [
      ...[...input.batch.create, ...input.batch.update].flatMap((price) => {
        const problem = price.currency_code ? currencyNotSoldProblem(price.currency_code, currencies) : null
        return problem ? [problem] : []
      }),
      ...priceBatchProblems(input.batch, input.existing),
    ]
    if (problems.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join("; "))
    }
    return new StepResponse(true)
  }
)

export type PriceWrite = {
  id: string
  price_set_id: string
  currency_code: string
  amount: number
  min_quantity: number | null
  max_quantity: number | null
}

/** Updates prices of the company's list; compensation writes back the terms they had before. */
export const updateCompanyPricesStep = createStep(
  "b2b-update-company-prices",
  async (input: { price_list_id: string; prices: PriceWrite[] }, { container }) => {
    if (!input.prices.length) {
      return new StepResponse([] as string[], null)
    }
    const pricing = container.resolve(Modules.PRICING)
    const before = await pricing.listPrices({ id: input.prices.map((p) => p.id) }, { select: PRICE_FIELDS })
    await pricing.updatePriceListPrices([{ price_list_id: input.price_list_id, prices: input.prices }])
    const restore = {
      price_list_id: input.price_list_id,
      prices: before.map((p) => ({
        id: p.id,
        price_set_id: p.price_set_id as string,
        currency_code: p.currency_code as string,
        amount: Number(p.amount),
        min_quantity: plainNumberOrNull(p.min_quantity),
        max_quantity: plainNumberOrNull(p.max_quantity),
      })),
    }
    return new StepResponse(
      input.prices.map((p) => p.id),
      restore
    )
  },
  async (restore, { container }) => {
    if (restore?.prices.length) {
      await container.resolve(Modules.PRICING).updatePriceListPrices([restore])
    }
  }
)
