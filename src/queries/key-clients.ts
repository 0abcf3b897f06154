// The key-clients ranking: companies by revenue over a period, with their ABC class. One SQL statement does
// the work in PostgreSQL (revenue per company, ranking and running sums by window functions, the page); the
// class of each row on the page is then given by the rule in src/lib/key-clients.
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { abcClass, cumulativeShare, type KeyClientRow } from "../lib/key-clients/abc"

export type { KeyClientRow }

/** The link table of src/links/company-order.ts, as Medusa's link module names it (composeTableName). */
export const COMPANY_ORDER_LINK_TABLE = "company_company_order_order"

export interface KeyClientsParams {
  from: Date
  /** Exclusive. */
  to: Date
  currency_code: string
  limit: number
  offset: number
  /** Only this company's row (its rank is still among all companies). */
  company_id?: string
}

export interface KeyClientsPage {
  key_clients: KeyClientRow[]
  /** How many companies are ranked (every company, with or without orders in the period). */
  count: number
  total_revenue: number
  total_orders: number
}

/**
 * The statement and its bindings. Revenue is the sum of each order's current total, read from Medusa's
 * `order_summary`: the order module writes one summary row per order version (`totals` jsonb, written when the
 * order is created and again when an edit, claim, exchange or return changes the order), and the row whose
 * `version` equals the order's `version` holds the order's total as it stands, tax and shipping included
 * (`current_order_total`; `raw_current_order_total.value` is the same amount as an exact decimal string). It is
 * reached by the order module's own index `IDX_order_summary_order_id_version (order_id, version)`. Adding up
 * the order's items instead would re-do Medusa's totals calculation (adjustments, taxes, shipping) in SQL over
 * three more tables. Canceled and draft orders are left out; one currency at a time, since summing across
 * currencies would need exchange rates.
 */
export function keyClientsStatement(params: KeyClientsParams): { sql: string; bindings: Record<string, unknown> } {
  const sql = `
WITH revenue AS (
  SELECT l.company_id,
         sum(coalesce((s.totals -> 'raw_current_order_total' ->> 'value')::numeric,
                      (s.totals ->> 'current_order_total')::numeric, 0)) AS revenue,
         count(*) AS order_count,
         max(o.created_at) AS last_order_at
  FROM "order" o
  JOIN ${COMPANY_ORDER_LINK_TABLE} l ON l.order_id = o.id AND l.deleted_at IS NULL
  JOIN order_summary s ON s.order_id = o.id AND s.version = o.version AND s.deleted_at IS NULL
  WHERE o.deleted_at IS NULL
    AND o.is_draft_order = false
    AND o.status NOT IN ('canceled', 'draft')
    AND o.currency_code = :currency_code
    AND o.created_at >= :from AND o.created_at < :to
  GROUP BY l.company_id
),
ranked AS (
  SELECT c.id, c.name, c.status,
         coalesce(r.revenue, 0) AS revenue,
         coalesce(r.order_count, 0) AS order_count,
         r.last_order_at,
         row_number() OVER w AS rank,
         coalesce(sum(coalesce(r.revenue, 0)) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS revenue_before
  FROM company c
  LEFT JOIN revenue r ON r.company_id = c.id
  WHERE c.deleted_at IS NULL
  WINDOW w AS (ORDER BY coalesce(r.revenue, 0) DESC, c.id)
),
totals AS (
  SELECT count(*) AS count, coalesce(sum(revenue), 0) AS total, coalesce(sum(order_count), 0) AS total_orders FROM ranked
),
page AS (
  SELECT * FROM ranked
  ${params.company_id ? "WHERE id = :company_id" : ""}
  ORDER BY rank
  LIMIT :limit OFFSET :offset
)
SELECT totals.count, totals.total, totals.total_orders, page.*
FROM totals LEFT JOIN page ON true
ORDER BY page.rank`
  return {
    sql,
    bindings: {
      currency_code: params.currency_code.toLowerCase(),
      from: params.from,
      to: params.to,
      limit: params.limit,
      offset: params.offset,
      ...(params.company_id && { company_id: params.company_id }),
    },
  }
}

interface RawRow {
  count: string
  total: string
  total_orders: string
  id: string | null
  name: string
  status: string
  revenue: string
  order_count: string
  last_order_at: Date | null
  rank: string
  revenue_before: string
}

const toNumber = (value: string | number) => MathBN.convert(value).toNumber()

/** Shapes the statement's rows: the class and shares come from the ABC rule, the amounts stay exact until here. */
export function keyClientsFromRows(rows: RawRow[]): KeyClientsPage {
  const head = rows[0]
  const total = head?.total ?? "0"
  return {
    count: Number(head?.count ?? 0),
    total_revenue: toNumber(total),
    total_orders: Number(head?.total_orders ?? 0),
    key_clients: rows
      .filter((row) => row.id !== null)
      .map((row) => {
        const position = { revenue: row.revenue, revenue_before: row.revenue_before, total }
        const orders = Number(row.order_count)
        return {
          company: { id: row.id as string, name: row.name, status: row.status },
          rank: Number(row.rank),
          revenue: toNumber(row.revenue),
          revenue_share: MathBN.gt(total, 0) ? MathBN.div(row.revenue, total).toNumber() : null,
          cumulative_share: cumulativeShare(position),
          abc_class: abcClass(position),
          order_count: orders,
          average_order: orders ? MathBN.div(row.revenue, orders).decimalPlaces(4).toNumber() : null,
          last_order_at: row.last_order_at ? new Date(row.last_order_at).toISOString() : null,
        }
      }),
  }
}

/** A page of the key-clients ranking, computed in one statement. */
export async function listKeyClients(container: MedusaContainer, params: KeyClientsParams): Promise<KeyClientsPage> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { sql, bindings } = keyClientsStatement(params)
  const result = await knex.raw(sql, bindings)
  return keyClientsFromRows(result.rows as RawRow[])
}

/** The store's default currency, the ranking's currency when none is asked for. */
export async function defaultStoreCurrency(container: MedusaContainer): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "store", fields: ["supported_currencies.currency_code", "supported_currencies.is_default"] })
  const currencies = ((data[0] as { supported_currencies?: { currency_code: string; is_default: boolean }[] } | undefined)
    ?.supported_currencies ?? [])
  return (currencies.find((c) => c.is_default) ?? currencies[0])?.currency_code ?? null
}
