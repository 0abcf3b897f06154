import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { OverdueHoldSubject } from "../../../lib/credit/overdue-hold"
import { exactAmount } from "../../../queries/receivables"
import type { ChargeOverduePayload } from "../overdue-events"

/**
 * Marks the charges that became overdue since the last run (past `due_at`, something outstanding, not yet
 * marked) and returns them. The mark is one conditional UPDATE, so two workers running at once mark, and
 * announce, each charge once. Compensation takes the marks back, so a failed run announces them next time.
 */
export const markOverdueChargesStep = createStep(
  "b2b-mark-overdue-charges",
  async (input: { as_of: string }, { container }) => {
    const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const { rows } = await knex.raw(
      `UPDATE credit_ledger_entry e SET overdue_marked_at = now()
       WHERE e.type = 'charge' AND e.state = 'open' AND e.deleted_at IS NULL
         AND e.overdue_marked_at IS NULL AND e.due_at IS NOT NULL AND e.due_at < ?
         AND ${exactAmount("e")} > COALESCE((SELECT SUM(${exactAmount("a")}) FROM credit_allocation a WHERE a.charge_entry_id = e.id AND a.deleted_at IS NULL), 0)
       RETURNING e.id, e.company_id`,
      [input.as_of]
    )
    const marked = (rows as ChargeOverduePayload[]).map(({ id, company_id }) => ({ id, company_id }))
    return new StepResponse(marked, marked.map((charge) => charge.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    await knex("credit_ledger_entry").whereIn("id", ids).update({ overdue_marked_at: null })
  }
)

export type OverdueHoldCandidate = OverdueHoldSubject & { id: string }

/**
 * The companies the overdue job may have to hold or release: those with an overdue hold in their terms and
 * those it holds now, each with the days past due of its oldest overdue charge (one grouped query).
 */
export const loadOverdueHoldCandidatesStep = createStep(
  "b2b-load-overdue-hold-candidates",
  async (input: { as_of: string }, { container }) => {
    const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const { rows } = await knex.raw(
      `SELECT c.id, c.status, c.hold_reason, c.overdue_hold_days,
              COALESCE(MAX(CEIL(EXTRACT(EPOCH FROM (CAST(? AS timestamptz) - e.due_at)) / 86400)) FILTER (
                WHERE e.due_at < CAST(? AS timestamptz)
                  AND ${exactAmount("e")} > COALESCE((SELECT SUM(${exactAmount("a")}) FROM credit_allocation a WHERE a.charge_entry_id = e.id AND a.deleted_at IS NULL), 0)
              ), 0)::int AS max_days_past_due
       FROM company c
       LEFT JOIN credit_ledger_entry e ON e.company_id = c.id AND e.type = 'charge' AND e.state = 'open' AND e.deleted_at IS NULL
       WHERE c.deleted_at IS NULL
         AND ((c.status = 'active' AND c.overdue_hold_days IS NOT NULL) OR (c.status = 'on_hold' AND c.hold_reason = 'overdue'))
       GROUP BY c.id`,
      [input.as_of, input.as_of]
    )
    return new StepResponse(rows as OverdueHoldCandidate[])
  }
)
