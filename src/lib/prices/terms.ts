import { isBoundedMoneyAmount, isBoundedQuantity, moneyAmountProblem, quantityProblem } from "../input/bounds"
import type { ExistingPrice, PriceTerms } from "./types"

const CURRENCY_FORMAT = /^[a-z]{3}$/

/** Amounts and tier bounds are big numbers in Medusa's pricing module; the API speaks plain numbers. */
export const plainNumberOrNull = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(value)

export const normaliseCurrency = (code: string): string => code.trim().toLowerCase()

/** What is wrong with a price's currency, amount and tier bounds; empty when nothing is. */
export function priceTermsProblems(terms: Omit<PriceTerms, "variant_id">): string[] {
  const problems: string[] = []
  if (!CURRENCY_FORMAT.test(terms.currency_code)) {
    problems.push(`currency "${terms.currency_code}" is not a three-letter currency code`)
  }
  if (!Number.isFinite(terms.amount)) {
    problems.push(`amount "${terms.amount}" is not a number`)
  } else if (terms.amount < 0) {
    problems.push(`amount ${terms.amount} is negative; a price must be 0 or more`)
  } else if (!isBoundedMoneyAmount(terms.amount)) {
    problems.push(moneyAmountProblem("amount", terms.amount) as string)
  }
  for (const bound of ["min_quantity", "max_quantity"] as const) {
    const value = terms[bound]
    if (value !== null && (!Number.isInteger(value) || value < 1)) {
      problems.push(`${bound} ${value} must be a whole number of at least 1`)
    } else if (value !== null && !isBoundedQuantity(value)) {
      problems.push(quantityProblem(bound, value) as string)
    }
  }
  if (terms.min_quantity !== null && terms.max_quantity !== null && terms.max_quantity < terms.min_quantity) {
    problems.push(`max_quantity ${terms.max_quantity} is below min_quantity ${terms.min_quantity}`)
  }
  return problems
}

/** A currency the store does not sell in would never be charged: say which ones it does. */
export function currencyNotSoldProblem(currency: string, storeCurrencies: ReadonlySet<string>): string | null {
  if (!storeCurrencies.size || storeCurrencies.has(currency)) {
    return null
  }
  return `currency "${currency}" is not one of the store's currencies (${[...storeCurrencies].sort().join(", ")})`
}

/** Prices are unique per variant, currency and lower tier bound: the upsert key of imports and batches. */
export const priceKey = (price: Pick<PriceTerms, "variant_id" | "currency_code" | "min_quantity">): string =>
  `${price.variant_id}|${normaliseCurrency(price.currency_code)}|${price.min_quantity ?? ""}`

/** Describes a price key for messages: "variant_1 in EUR from quantity 10". */
export const describePriceKey = (price: Pick<PriceTerms, "variant_id" | "currency_code" | "min_quantity">, sku?: string | null) =>
  `${sku ? `SKU ${sku}` : `variant ${price.variant_id}`} in ${price.currency_code.toUpperCase()}` +
  (price.min_quantity === null ? " without a minimum quantity" : ` from quantity ${price.min_quantity}`)

/** Whether writing `next` over `current` would change anything a buyer pays. */
export const samePriceTerms = (current: PriceTerms, next: PriceTerms): boolean =>
  priceKey(current) === priceKey(next) &&
  Number(current.amount) === Number(next.amount) &&
  (current.max_quantity ?? null) === (next.max_quantity ?? null)

/** The existing price a row with this key replaces: the one with the same upper bound first. */
export function matchExistingPrice<T extends ExistingPrice>(row: PriceTerms, byKey: Map<string, T[]>): T | undefined {
  const candidates = byKey.get(priceKey(row)) ?? []
  return candidates.find((p) => (p.max_quantity ?? null) === (row.max_quantity ?? null)) ?? candidates[0]
}

export function indexByPriceKey<T extends PriceTerms>(prices: T[]): Map<string, T[]> {
  const byKey = new Map<string, T[]>()
  for (const price of prices) {
    const key = priceKey(price)
    byKey.set(key, [...(byKey.get(key) ?? []), price])
  }
  return byKey
}
