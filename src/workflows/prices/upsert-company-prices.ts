import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, createPriceListPricesStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { planPriceUpserts, type PriceTerms } from "../../lib/prices"
import { companyPricesLockKey, ensureCompanyPriceListWorkflow } from "./ensure-company-price-list"
import { priceListCreates, priceListUpdates, variantPriceSetMap } from "./price-writes"
import { loadCompanyPricesStep, resolveVariantPriceSetsStep, updateCompanyPricesStep } from "./steps/company-prices"

export interface UpsertCompanyPricesInput {
  company_id: string
  /** At most one row per variant, currency and min_quantity. */
  rows: PriceTerms[]
}

/**
 * Writes rows into a company's price list by the key (variant, currency, min_quantity): a new key is
 * created, a known key with other terms is updated, and a row that changes nothing is not written.
 */
export const upsertCompanyPricesWorkflow = createWorkflow(
  "b2b-upsert-company-prices",
  (input: UpsertCompanyPricesInput) => {
    const lockKey = transform({ input }, ({ input }) => companyPricesLockKey(input.company_id))
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
    const list = ensureCompanyPriceListWorkflow.runAsStep({ input: { company_id: input.company_id } })
    const variants = resolveVariantPriceSetsStep(
      transform({ input }, ({ input }) => ({ variant_ids: [...new Set(input.rows.map((row) => row.variant_id))] }))
    )
    const existing = loadCompanyPricesStep(
      transform({ list, variants }, ({ list, variants }) => ({ price_list_id: list.price_list_id!, variants }))
    )
    const writes = transform({ input, existing, variants, list }, ({ input, existing, variants, list }) => {
      const plan = planPriceUpserts(input.rows, existing.prices)
      const priceSets = variantPriceSetMap(variants)
      return {
        create: priceListCreates(list.price_list_id!, plan.create, priceSets),
        update: priceListUpdates(list.price_list_id!, plan.update, priceSets),
        unchanged: plan.unchanged.length,
      }
    })
    const updated = updateCompanyPricesStep(writes.update)
    const created = createPriceListPricesStep(writes.create)
    releaseLockStep({ key: lockKey })

    return new WorkflowResponse(
      transform({ created, updated, writes, existing, list }, ({ created, updated, writes, existing, list }) => {
        const changed = new Set(updated)
        const priceSetOf = new Map(writes.update.prices.map((price) => [price.id, price.price_set_id]))
        return {
          created: created.length,
          updated: updated.length,
          unchanged: writes.unchanged,
          // What putting the list back as it was takes: the new prices to remove, the old terms to write back.
          undo: {
            price_list_id: list.price_list_id!,
            created_ids: created.map((price) => price.id),
            restore: existing.prices
              .filter((price) => changed.has(price.id))
              .map((price) => ({
                id: price.id,
                price_set_id: priceSetOf.get(price.id)!,
                currency_code: price.currency_code,
                amount: price.amount,
                min_quantity: price.min_quantity,
                max_quantity: price.max_quantity,
              })),
          },
        }
      })
    )
  }
)
