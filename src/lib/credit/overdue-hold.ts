import type { CompanyStatus, HoldReason } from "../company/vocabulary"

/** A company as the overdue job judges it. */
export interface OverdueHoldSubject {
  status: CompanyStatus
  hold_reason: HoldReason | null
  /** Days after which an overdue company goes on hold; null: never by itself. */
  overdue_hold_days: number | null
  /** Days past due of its oldest overdue charge, 0 when nothing is overdue. */
  max_days_past_due: number
}

export type OverdueHoldAction = "hold" | "release" | null

/**
 * What the overdue job does to a company's status: an active company overdue longer than its
 * `overdue_hold_days` goes on hold (marked `overdue`); a hold the job set is lifted once the overdue is paid
 * (nothing is overdue any more) or the company no longer has an overdue hold in its terms. A hold an admin
 * set, and pending or blocked companies, are never touched.
 */
export function overdueHoldAction(company: OverdueHoldSubject): OverdueHoldAction {
  const limit = company.overdue_hold_days
  const tooLate = limit !== null && limit !== undefined && company.max_days_past_due > limit
  if (company.status === "active" && tooLate) return "hold"
  const noAutomaticHold = limit === null || limit === undefined
  if (company.status === "on_hold" && company.hold_reason === "overdue" && (company.max_days_past_due === 0 || noAutomaticHold)) return "release"
  return null
}
