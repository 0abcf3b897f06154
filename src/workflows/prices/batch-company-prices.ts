import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createPriceListPricesStep,
  releaseLockStep,
  removePriceListPricesStep,
} from "@medusajs/medusa/core-flows"
import { mergePriceUpdate, type PriceBatch, type PriceTerms, type PriceUpdate } from "../../lib/prices"
import { companyPricesLockKey, ensureCompanyPriceListWorkflow } from "./ensure-company-price-list"
import { priceListCreates, priceListUpdates, variantPriceSetMap } from "./price-writes"
import {
  assertPriceBatchStep,
  loadCompanyPricesStep,
  resolveVariantPriceSetsStep,
  updateCompanyPricesStep,
} from "./steps/company-prices"

/** A new price names its variant by id or SKU; missing tier bounds are none. */
export type CompanyPriceCreate = Pick<PriceTerms, "currency_code" | "amount"> &
  Partial<Pick<PriceTerms, "min_quantity" | "max_quantity">> & { variant_id?: string; sku?: string }

export interface BatchCompanyPricesInput {
  company_id: string
  create?: CompanyPriceCreate[]
  update?: PriceUpdate[]
  delete?: string[]
}

/**
 * Creates, updates and deletes a company's negotiated prices in one go: the list's rule is made right
 * first, the whole batch is checked against the company's prices (foreign ids, bounds, one price per
 * variant, currency and min_quantity), then written; a failure undoes every write.
 */
export const batchCompanyPricesWorkflow = createWorkflow(
  "b2b-batch-company-prices",
  (input: BatchCompanyPricesInput) => {
    const lockKey = transform({ input }, ({ input }) => companyPricesLockKey(input.company_id))
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
    const list = ensureCompanyPriceListWorkflow.runAsStep({ input: { company_id: input.company_id } })

    const lookups = transform({ input }, ({ input }) => ({
      variant_ids: (input.create ?? []).flatMap((price) => (price.variant_id ? [price.variant_id] : [])),
      skus: (input.create ?? []).flatMap((price) => (!price.variant_id && price.sku ? [price.sku] : [])),
    }))
    const variants = resolveVariantPriceSetsStep(lookups)
    const existing = loadCompanyPricesStep(
      transform({ input, list, variants }, ({ input, list, variants }) => ({
        price_list_id: list.price_list_id,
        price_ids: [...(input.update ?? []).map((price) => price.id), ...(input.delete ?? [])],
        variants,
      }))
    )
    const batch = transform({ input, variants }, ({ input, variants }): PriceBatch => ({
      create: (input.create ?? []).map(({ sku, variant_id, ...terms }) => ({
        ...terms,
        variant_id: variant_id ?? variants.find((variant) => variant.sku === sku)!.id,
        currency_code: terms.currency_code.toLowerCase(),
        min_quantity: terms.min_quantity ?? null,
        max_quantity: terms.max_quantity ?? null,
      })),
      update: (input.update ?? []).map((price) =>
        price.currency_code ? { ...price, currency_code: price.currency_code.toLowerCase() } : price
      ),
      delete: input.delete ?? [],
    }))
    assertPriceBatchStep({ batch, existing: existing.prices })

    const writes = transform({ batch, existing, variants, list }, ({ batch, existing, variants, list }) => {
      const priceSets = {
        ...Object.fromEntries(Object.entries(existing.variant_of_price_set).map(([set, variant]) => [variant, set])),
        ...variantPriceSetMap(variants),
      }
      const byId = new Map(existing.prices.map((price) => [price.id, price]))
      const updates = batch.update.map((update) => mergePriceUpdate(byId.get(update.id)!, update))
      return {
        delete: batch.delete,
        update: priceListUpdates(list.price_list_id!, updates, priceSets),
        create: priceListCreates(list.price_list_id!, batch.create, priceSets),
      }
    })
    // Deletes first: a batch may delete a price and create another with the same key.
    const deleted = removePriceListPricesStep(writes.delete)
    const updated = updateCompanyPricesStep(writes.update)
    const created = createPriceListPricesStep(writes.create)
    releaseLockStep({ key: lockKey })

    return new WorkflowResponse(
      transform({ list, created, updated, deleted }, ({ list, created, updated, deleted }) => ({
        price_list_id: list.price_list_id as string,
        created: created.map((price) => price.id),
        updated,
        deleted,
      }))
    )
  }
)
