import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"

export const AGING_BUCKETS = ["current", "d1_30", "d31_60", "d61_90", "d90_plus"] as const
export type AgingBucket = (typeof AGING_BUCKETS)[number]
export type AgingBuckets = Record<AgingBucket, string>

/** A charge with something still to pay. */
export interface OutstandingCharge {
  outstanding: BigNumberInput
  due_at: Date | string
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Days a charge is past `due_at` at `asOf`, started days counting: 0 until `due_at`, 1 from the first
 * moment after it (when its status reads `overdue`), 2 once a day has passed, and so on.
 */
export function daysPastDue(dueAt: Date | string, asOf: Date): number {
  const late = asOf.getTime() - new Date(dueAt).getTime()
  return late <= 0 ? 0 : Math.ceil(late / DAY_MS)
}

/** The bucket of a charge by its days past due (see `daysPastDue`; the SQL of the receivables list counts alike). */
export function agingBucket(days: number): AgingBucket {
  if (days <= 0) return "current"
  if (days <= 30) return "d1_30"
  if (days <= 60) return "d31_60"
  if (days <= 90) return "d61_90"
  return "d90_plus"
}

export interface Aging {
  buckets: AgingBuckets
  /** Outstanding of the charges past their due date. */
  overdue_amount: string
  /** Outstanding of all charges. */
  outstanding: string
  /** Days past due of the oldest overdue charge, 0 when none is overdue. */
  max_days_past_due: number
}

/** The outstanding charges of a company sorted into aging buckets as of `asOf`. */
export function ageCharges(charges: OutstandingCharge[], asOf: Date): Aging {
  const sums = Object.fromEntries(AGING_BUCKETS.map((bucket) => [bucket, MathBN.convert(0)])) as Record<AgingBucket, ReturnType<typeof MathBN.convert>>
  let maxDays = 0
  for (const charge of charges) {
    if (MathBN.lte(charge.outstanding, 0)) continue
    const days = daysPastDue(charge.due_at, asOf)
    const bucket = agingBucket(days)
    sums[bucket] = MathBN.add(sums[bucket], charge.outstanding)
    if (days > maxDays) maxDays = days
  }
  const overdue = AGING_BUCKETS.filter((bucket) => bucket !== "current").reduce((sum, bucket) => MathBN.add(sum, sums[bucket]), MathBN.convert(0))
  return {
    buckets: Object.fromEntries(AGING_BUCKETS.map((bucket) => [bucket, sums[bucket].toString()])) as AgingBuckets,
    overdue_amount: overdue.toString(),
    outstanding: MathBN.add(overdue, sums.current).toString(),
    max_days_past_due: maxDays,
  }
}
