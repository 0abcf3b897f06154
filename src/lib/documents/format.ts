import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { currencyDecimals } from "../company/min-order"

/** Locale documents are printed in when the caller names none. */
export const DEFAULT_DOCUMENT_LOCALE = "en-GB"

const ROUND_HALF_UP = 4

/**
 * An amount in its currency (`1 234,50 €`, `€1,234.50`), rounded half up to the currency's minor unit.
 * The big number reaches Intl as a decimal string, so no digit is lost to a float.
 */
export function formatMoney(amount: BigNumberInput, currencyCode: string, locale = DEFAULT_DOCUMENT_LOCALE): string {
  const digits = currencyDecimals(currencyCode)
  const exact = MathBN.convert(amount).toFixed(digits, ROUND_HALF_UP)
  try {
    const format = new Intl.NumberFormat(locale, {
      style: "currency",
      currency: currencyCode.toUpperCase(),
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    })
    // Intl.NumberFormat takes a decimal string exactly (ECMA-402 NumberFormat v3); the type still says number.
    return format.format(exact as unknown as number)
  } catch {
    return `${exact} ${currencyCode.toUpperCase()}`
  }
}

/** An amount without a currency sign, as a plain decimal string for CSV (`-1234.50`). */
export function plainAmount(amount: BigNumberInput, currencyCode: string): string {
  return MathBN.convert(amount).toFixed(currencyDecimals(currencyCode), ROUND_HALF_UP)
}

/** The calendar day of a date in UTC, `YYYY-MM-DD`. */
export function isoDay(value: Date | string): string {
  return new Date(value).toISOString().slice(0, 10)
}

/** A date as people read it in the locale (`2 December 2026`), the calendar day taken in UTC. */
export function formatDate(value: Date | string | null | undefined, locale = DEFAULT_DOCUMENT_LOCALE): string {
  if (value === null || value === undefined || value === "") return ""
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ""
  return new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }).format(date)
}
