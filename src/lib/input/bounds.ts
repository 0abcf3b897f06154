/**
 * Bounds of the numbers the plugin stores: wide enough for any real wholesale order, narrow enough that
 * no value reaches the database out of its column's range (PostgreSQL integers stop at 2,147,483,647)
 * or stands for nonsense (a tier from 1e308 units). Shared by the validators, the CSV import and the
 * pure rules, so a value is judged the same way wherever it arrives.
 */

export const MAX_QUANTITY = 1_000_000_000
export const MAX_MONEY_AMOUNT = 1_000_000_000_000
export const MAX_PERCENT = 100

/** A number given as a number or as a numeric string (Medusa's big numbers travel as strings). */
const asNumber = (value: unknown): number | null => {
  if (typeof value === "number") {
    return value
  }
  if (typeof value === "string" && /^\s*-?\d+(\.\d+)?([eE][+-]?\d+)?\s*$/.test(value)) {
    return Number(value)
  }
  return null
}

const within = (value: unknown, min: number, max: number, whole: boolean) => {
  const n = asNumber(value)
  return n !== null && Number.isFinite(n) && n >= min && n <= max && (!whole || Number.isInteger(n))
}

export const isBoundedQuantity = (value: unknown) => within(value, 1, MAX_QUANTITY, true)
export const isBoundedMoneyAmount = (value: unknown) => within(value, 0, MAX_MONEY_AMOUNT, false)
export const isBoundedPercent = (value: unknown) => within(value, 0, MAX_PERCENT, false)

export const quantityBound = (field: string) => `${field} must be a whole number from 1 to ${MAX_QUANTITY.toLocaleString("en")}`
export const moneyAmountBound = (field: string) => `${field} must be an amount from 0 to ${MAX_MONEY_AMOUNT.toLocaleString("en")}`
export const percentBound = (field: string) => `${field} must be from 0 to ${MAX_PERCENT}`

const got = (value: unknown) => ` (got ${typeof value === "string" ? `"${value}"` : String(value)})`

/** Why `value` is not a quantity (a whole number from 1 to 1e9); null when it is one. */
export const quantityProblem = (field: string, value: unknown): string | null =>
  isBoundedQuantity(value) ? null : quantityBound(field) + got(value)

/** Why `value` is not a money amount (0 to 1e12, decimals allowed); null when it is one. */
export const moneyAmountProblem = (field: string, value: unknown): string | null =>
  isBoundedMoneyAmount(value) ? null : moneyAmountBound(field) + got(value)

/** Why `value` is not a discount percent (0 to 100); null when it is one. */
export const percentProblem = (field: string, value: unknown): string | null =>
  isBoundedPercent(value) ? null : percentBound(field) + got(value)
