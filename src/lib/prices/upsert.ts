import { describePriceKey, indexByPriceKey, matchExistingPrice, priceKey, priceTermsProblems, samePriceTerms } from "./terms"
import type { ExistingPrice, PriceTerms } from "./types"

export interface PriceUpsertPlan<T extends PriceTerms> {
  create: T[]
  update: (T & { id: string })[]
  /** Rows identical to what the list already holds: not written, so their records stay untouched. */
  unchanged: T[]
}

/**
 * Splits rows into creates and updates by the key (variant, currency, min_quantity) against the
 * company's existing prices for those variants. A row that changes nothing is not written.
 */
export function planPriceUpserts<T extends PriceTerms>(rows: T[], existing: ExistingPrice[]): PriceUpsertPlan<T> {
  const byKey = indexByPriceKey(existing)
  const plan: PriceUpsertPlan<T> = { create: [], update: [], unchanged: [] }
  for (const row of rows) {
    const current = matchExistingPrice(row, byKey)
    if (!current) {
      plan.create.push(row)
    } else if (samePriceTerms(current, row)) {
      plan.unchanged.push(row)
    } else {
      plan.update.push({ ...row, id: current.id })
    }
  }
  return plan
}

export type PriceUpdate = Partial<Omit<PriceTerms, "variant_id">> & { id: string }

export interface PriceBatch {
  create: PriceTerms[]
  update: PriceUpdate[]
  delete: string[]
}

/** An update applied over the price it changes (the variant of a price never changes). */
export const mergePriceUpdate = (current: ExistingPrice, update: PriceUpdate): ExistingPrice => ({
  ...current,
  ...Object.fromEntries(Object.entries(update).filter(([, value]) => value !== undefined)),
  id: current.id,
  variant_id: current.variant_id,
})

/**
 * What is wrong with a batch against the company's current prices of the variants it touches:
 * an update or delete of a price that is not the company's, bad terms, or two prices that would
 * share a key afterwards. Empty when the batch can be written.
 */
export function priceBatchProblems(batch: PriceBatch, existing: ExistingPrice[]): string[] {
  const problems: string[] = []
  const byId = new Map(existing.map((price) => [price.id, price]))
  const finalState = new Map(existing.map((price) => [price.id, price as PriceTerms]))
  for (const id of batch.delete) {
    if (!byId.has(id)) {
      problems.push(`price ${id} is not one of this company's negotiated prices`)
    }
    finalState.delete(id)
  }
  batch.update.forEach((update, index) => {
    const current = byId.get(update.id)
    if (!current) {
      problems.push(`update[${index}]: price ${update.id} is not one of this company's negotiated prices`)
      return
    }
    const merged = mergePriceUpdate(current, update)
    priceTermsProblems(merged).forEach((problem) => problems.push(`update[${index}]: ${problem}`))
    if (finalState.has(update.id)) {
      finalState.set(update.id, merged)
    }
  })
  batch.create.forEach((price, index) => {
    priceTermsProblems(price).forEach((problem) => problems.push(`create[${index}]: ${problem}`))
    finalState.set(`create[${index}]`, price)
  })
  const owners = new Map<string, string>()
  for (const [owner, price] of finalState) {
    const key = priceKey(price)
    const first = owners.get(key)
    if (first) {
      problems.push(`${describePriceKey(price)} would be priced twice (${first} and ${owner}); update the existing price instead`)
    } else {
      owners.set(key, owner)
    }
  }
  return problems
}
