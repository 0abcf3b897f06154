import { MathBN } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"

/**
 * ABC classes of clients by revenue. Clients are ranked by revenue, highest first (ties by id), and their
 * revenue is summed down the ranking:
 * - **A**: the clients that make the first 80 % of revenue. A client is A when the clients ranked before it
 *   make less than 80 % of the total; so the client whose revenue crosses 80 % is A too.
 * - **B**: the next 15 %: the clients ranked before it make at least 80 % and less than 95 %.
 * - **C**: the rest, and every client without revenue.
 */
export const ABC_CLASSES = ["A", "B", "C"] as const
export type AbcClass = (typeof ABC_CLASSES)[number]

/** Where class A ends and where class B ends, as shares of the total revenue. */
export const ABC_THRESHOLDS = { A: 0.8, B: 0.95 } as const

export interface RankedRevenue {
  /** This client's revenue over the period. */
  revenue: BigNumberInput
  /** The revenue of every client ranked before it (0 for the first). */
  revenue_before: BigNumberInput
  /** The revenue of all clients over the period. */
  total: BigNumberInput
}

/** The class of one client from its place in the ranking. */
export function abcClass({ revenue, revenue_before, total }: RankedRevenue): AbcClass {
  if (!MathBN.gt(total, 0) || !MathBN.gt(revenue, 0)) {
    return "C"
  }
  if (MathBN.lt(revenue_before, MathBN.mult(total, ABC_THRESHOLDS.A))) {
    return "A"
  }
  if (MathBN.lt(revenue_before, MathBN.mult(total, ABC_THRESHOLDS.B))) {
    return "B"
  }
  return "C"
}

/** The share of the total made by this client and every client ranked before it; null when there is no revenue. */
export function cumulativeShare({ revenue, revenue_before, total }: RankedRevenue): number | null {
  if (!MathBN.gt(total, 0)) {
    return null
  }
  return MathBN.convert(MathBN.div(MathBN.add(revenue_before, revenue), total)).toNumber()
}

export interface ClassifiedClient<T> {
  client: T
  rank: number
  cumulative_share: number | null
  abc_class: AbcClass
}

/**
 * Ranks clients by revenue and classifies them: the same rule the key-clients query applies page by page
 * in the database, for a list already in memory.
 */
export function classifyClients<T extends { id: string; revenue: BigNumberInput }>(clients: readonly T[]): ClassifiedClient<T>[] {
  const ranked = [...clients].sort((a, b) => {
    const order = MathBN.convert(b.revenue).comparedTo(MathBN.convert(a.revenue)) ?? 0
    return order !== 0 ? order : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
  })
  const total = ranked.reduce((sum, c) => MathBN.add(sum, c.revenue), MathBN.convert(0))
  let before = MathBN.convert(0)
  return ranked.map((client, index) => {
    const position = { revenue: client.revenue, revenue_before: before, total }
    before = MathBN.add(before, client.revenue)
    return { client, rank: index + 1, cumulative_share: cumulativeShare(position), abc_class: abcClass(position) }
  })
}

/** One company in the key-clients ranking, as the admin routes answer it. */
export interface KeyClientRow {
  company: { id: string; name: string; status: string }
  rank: number
  revenue: number
  /** This company's part of the total revenue of the period (0–1); null when there was none. */
  revenue_share: number | null
  /** The part of the total made by this company and every company ranked before it (0–1). */
  cumulative_share: number | null
  abc_class: AbcClass
  order_count: number
  average_order: number | null
  last_order_at: string | null
}
