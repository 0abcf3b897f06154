import { MathBN } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"

/** A company's minimum order as stored: an amount and the currency it is stated in. */
export interface MinOrderTerms {
  min_order_amount: number | null
  min_order_currency_code: string | null
}

/** What a create or update asks for; a field left out keeps its current value. */
export interface MinOrderChange {
  min_order_amount?: number | null
  min_order_currency_code?: string | null
  /** The company's own currency, the default for a minimum given without one. */
  currency_code?: string | null
}

export type MinOrderResolution = { terms: Partial<MinOrderTerms>; problem?: undefined } | { problem: string }

/**
 * The minimum order terms a write leaves the company with. A minimum needs a currency: the one given, else the
 * one it already has, else the company's currency; without any the write is refused. Clearing the amount clears
 * the currency. A currency the store does not sell in is refused (no cart could ever meet it).
 */
export function resolveMinOrderTerms(
  change: MinOrderChange,
  current: (MinOrderTerms & { currency_code: string | null }) | null,
  storeCurrencies: ReadonlySet<string>
): MinOrderResolution {
  if (change.min_order_amount === undefined && change.min_order_currency_code === undefined) {
    return { terms: {} }
  }
  const amount = change.min_order_amount !== undefined ? change.min_order_amount : current?.min_order_amount ?? null
  if (amount === null) {
    if (change.min_order_currency_code) {
      return { problem: "min_order_currency_code needs a min_order_amount: there is no minimum order to state a currency for" }
    }
    return { terms: { min_order_amount: null, min_order_currency_code: null } }
  }
  if (change.min_order_currency_code === null) {
    return { problem: "min_order_currency_code cannot be cleared while a min_order_amount is set: clear both, or give another currency" }
  }
  const currency = (
    change.min_order_currency_code ??
    current?.min_order_currency_code ??
    change.currency_code ??
    current?.currency_code ??
    null
  )?.toLowerCase() ?? null
  if (!currency) {
    return {
      problem: "min_order_amount needs a min_order_currency_code (the company has no currency_code to state it in)",
    }
  }
  if (storeCurrencies.size && !storeCurrencies.has(currency)) {
    return {
      problem: `min_order_currency_code "${currency}" is not one of the store's currencies (${[...storeCurrencies].sort().join(", ")})`,
    }
  }
  return { terms: { min_order_amount: amount, min_order_currency_code: currency } }
}

/** Digits after the decimal point of a currency's minor unit (EUR 2, JPY 0, KWD 3), per the runtime's ISO 4217 data. */
export function currencyDecimals(currencyCode: string): number {
  try {
    return (
      new Intl.NumberFormat("en", { style: "currency", currency: currencyCode.toUpperCase() }).resolvedOptions()
        .maximumFractionDigits ?? 2
    )
  } catch {
    return 2
  }
}

const ROUND_UP = 0

/** An amount as the shortest exact decimal string, rounded up to the currency's minor unit (what a buyer must add). */
export function amountUpToMinorUnit(value: BigNumberInput, currencyCode: string): string {
  return MathBN.convert(value).decimalPlaces(currencyDecimals(currencyCode), ROUND_UP).toString()
}
