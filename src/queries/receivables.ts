import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AgingBuckets } from "../lib/credit/aging"
import { containsPattern } from "./price-search"

export interface ReceivableRow {
  company_id: string
  company_name: string
  currency_code: string
  balance: string
  overdue_amount: string
  /** Days past due of the oldest overdue charge, 0 when nothing is overdue. */
  max_days_past_due: number
  buckets: AgingBuckets
}

export interface ReceivablesPage {
  q?: string
  limit: number
  offset: number
  /** The moment the charges are aged at; now unless a test says otherwise. */
  as_of?: Date
}

/** The exact amount of a `model.bigNumber()` column: its `raw_` twin keeps every digit, the numeric column may not. */
export const exactAmount = (alias: string, column = "amount") => `COALESCE((${alias}.raw_${column}->>'value')::numeric, ${alias}.${column})`

// Days past due count started days after `due_at`, as `daysPastDue` in src/lib/credit/aging.ts does:
// 0 until due_at, then 1, 2, … (ceil of the time past it in days).
const DAYS_PAST_DUE = `CASE WHEN e.due_at IS NULL OR e.due_at >= :as_of THEN 0
  ELSE CEIL(EXTRACT(EPOCH FROM (:as_of::timestamptz - e.due_at)) / 86400)::int END`

/**
 * One page of what companies owe on account, with the outstanding of their open charges in aging buckets,
 * the most overdue first (overdue amount, then the oldest overdue charge). One grouped statement over the
 * ledger: balances, allocations and buckets are summed in PostgreSQL and only the page leaves it.
 */
export async function listReceivables(scope: MedusaContainer, page: ReceivablesPage): Promise<{ receivables: ReceivableRow[]; count: number }> {
  const knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const params = {
    as_of: (page.as_of ?? new Date()).toISOString(),
    pattern: page.q ? containsPattern(page.q) : null,
    limit: page.limit,
    offset: page.offset,
  }
  const { rows } = await knex.raw(
    `
    WITH accounts AS (
      SELECT a.company_id, a.currency_code, c.name AS company_name
      FROM credit_account a
      JOIN company c ON c.id = a.company_id AND c.deleted_at IS NULL
      WHERE a.deleted_at IS NULL
        AND (:pattern::text IS NULL OR c.name ILIKE :pattern ESCAPE '\\' OR c.legal_name ILIKE :pattern ESCAPE '\\')
    ),
    balances AS (
      SELECT e.company_id,
             SUM(CASE WHEN e.direction = 'debit' THEN ${exactAmount("e")} ELSE -${exactAmount("e")} END) AS balance
      FROM credit_ledger_entry e
      JOIN accounts a ON a.company_id = e.company_id
      WHERE e.deleted_at IS NULL AND NOT (e.type = 'charge' AND e.state = 'pending')
      GROUP BY e.company_id
    ),
    charges AS (
      SELECT e.company_id,
             GREATEST(${exactAmount("e")} - COALESCE(paid.amount, 0), 0) AS outstanding,
             ${DAYS_PAST_DUE} AS days
      FROM credit_ledger_entry e
      JOIN accounts a ON a.company_id = e.company_id
      LEFT JOIN LATERAL (
        SELECT SUM(${exactAmount("al")}) AS amount FROM credit_allocation al
        WHERE al.charge_entry_id = e.id AND al.deleted_at IS NULL
      ) paid ON true
      WHERE e.deleted_at IS NULL AND e.type = 'charge' AND e.state = 'open'
    ),
    aging AS (
      SELECT company_id,
             COALESCE(SUM(outstanding) FILTER (WHERE days = 0), 0) AS current,
             COALESCE(SUM(outstanding) FILTER (WHERE days BETWEEN 1 AND 30), 0) AS d1_30,
             COALESCE(SUM(outstanding) FILTER (WHERE days BETWEEN 31 AND 60), 0) AS d31_60,
             COALESCE(SUM(outstanding) FILTER (WHERE days BETWEEN 61 AND 90), 0) AS d61_90,
             COALESCE(SUM(outstanding) FILTER (WHERE days > 90), 0) AS d90_plus,
             COALESCE(SUM(outstanding) FILTER (WHERE days > 0), 0) AS overdue_amount,
             COALESCE(MAX(days) FILTER (WHERE days > 0), 0) AS max_days
      FROM charges
      WHERE outstanding > 0
      GROUP BY company_id
    )
    SELECT a.company_id, a.company_name, a.currency_code,
           COALESCE(b.balance, 0)::text AS balance,
           COALESCE(g.overdue_amount, 0)::text AS overdue_amount,
           COALESCE(g.max_days, 0) AS max_days_past_due,
           COALESCE(g.current, 0)::text AS current, COALESCE(g.d1_30, 0)::text AS d1_30,
           COALESCE(g.d31_60, 0)::text AS d31_60, COALESCE(g.d61_90, 0)::text AS d61_90,
           COALESCE(g.d90_plus, 0)::text AS d90_plus,
           COUNT(*) OVER () AS total
    FROM accounts a
    LEFT JOIN balances b ON b.company_id = a.company_id
    LEFT JOIN aging g ON g.company_id = a.company_id
    ORDER BY COALESCE(g.overdue_amount, 0) DESC, COALESCE(g.max_days, 0) DESC, COALESCE(b.balance, 0) DESC, a.company_name ASC, a.company_id ASC
    LIMIT :limit OFFSET :offset
    `,
    params
  )
  const list = rows as Record<string, string | number>[]
  let count = list.length ? Number(list[0].total) : 0
  if (!list.length && page.offset > 0) {
    // A page past the end still reports how many there are.
    const [{ total }] = (
      await knex.raw(
        `SELECT COUNT(*) AS total FROM credit_account a JOIN company c ON c.id = a.company_id AND c.deleted_at IS NULL
         WHERE a.deleted_at IS NULL AND (:pattern::text IS NULL OR c.name ILIKE :pattern ESCAPE '\\' OR c.legal_name ILIKE :pattern ESCAPE '\\')`,
        { pattern: params.pattern }
      )
    ).rows
    count = Number(total)
  }
  return {
    count,
    receivables: list.map((row) => ({
      company_id: String(row.company_id),
      company_name: String(row.company_name),
      currency_code: String(row.currency_code),
      balance: String(row.balance),
      overdue_amount: String(row.overdue_amount),
      max_days_past_due: Number(row.max_days_past_due),
      buckets: {
        current: String(row.current),
        d1_30: String(row.d1_30),
        d31_60: String(row.d31_60),
        d61_90: String(row.d61_90),
        d90_plus: String(row.d90_plus),
      },
    })),
  }
}
