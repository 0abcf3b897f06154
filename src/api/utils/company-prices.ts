import { once } from "node:events"
import { finished } from "node:stream/promises"
import { stringify } from "csv-stringify"
import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { searchPriceListPriceIds } from "../../queries/price-search"
import { plainNumberOrNull, PRICE_CSV_COLUMNS, priceCsvRecord, type CompanyPriceRow } from "../../lib/prices"
import { listPriceFor, type ListPriceCandidate } from "../../lib/prices/display"

const PRICE_ROW_FIELDS = [
  "id",
  "currency_code",
  "amount",
  "min_quantity",
  "max_quantity",
  "price_set_id",
  "price_set.variant.id",
  "price_set.variant.sku",
  "price_set.variant.title",
  "price_set.variant.product.title",
]

// Tiers of one variant stay together, the price without a lower bound first.
const PRICE_ROW_ORDER = { price_set_id: "ASC", currency_code: "ASC", min_quantity: "ASC NULLS FIRST", id: "ASC" } as const

const toPriceRow = (price: Record<string, any>): CompanyPriceRow => {
  const variant = price.price_set?.variant ?? {}
  return {
    id: price.id,
    variant_id: variant.id ?? null,
    sku: variant.sku ?? null,
    product_title: variant.product?.title ?? null,
    variant_title: variant.title ?? null,
    currency_code: price.currency_code,
    amount: Number(price.amount),
    min_quantity: plainNumberOrNull(price.min_quantity),
    max_quantity: plainNumberOrNull(price.max_quantity),
  }
}

export interface PriceRowsFilter {
  q?: string
  ids?: string[]
  skip?: number
  take?: number
  /** Adds each row's list price (`list_amount`) for the merchant to compare with. */
  with_list_prices?: boolean
}

/** The rows with the list price of their variant in their currency, read in one query for the page. */
async function withListPrices(scope: MedusaContainer, prices: Record<string, any>[], rows: CompanyPriceRow[]) {
  const setIds = [...new Set(prices.map((price) => price.price_set_id as string).filter(Boolean))]
  if (!setIds.length) {
    return rows
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "price",
    fields: ["price_set_id", "currency_code", "amount", "min_quantity", "rules_count"],
    filters: { price_set_id: setIds, price_list_id: null },
  })
  const candidates: ListPriceCandidate[] = (data as Record<string, any>[]).map((price) => ({
    price_set_id: price.price_set_id,
    currency_code: price.currency_code,
    amount: Number(price.amount),
    min_quantity: plainNumberOrNull(price.min_quantity),
    rules_count: Number(price.rules_count ?? 0),
  }))
  const setOf = new Map(prices.map((price) => [price.id as string, price.price_set_id as string]))
  return rows.map((row) => ({ ...row, list_amount: listPriceFor(candidates, setOf.get(row.id) ?? "", row.currency_code) }))
}

/** A page of a company's negotiated prices with variant, SKU and product title, and the total count. */
export async function listCompanyPriceRows(
  scope: MedusaContainer,
  priceListId: string | null,
  filter: PriceRowsFilter = {}
): Promise<{ rows: CompanyPriceRow[]; count: number }> {
  if (!priceListId) {
    return { rows: [], count: 0 }
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  if (filter.q) {
    // The search and its page are done in the database; the page's rows are then read whole.
    const { ids, count } = await searchPriceListPriceIds(scope, priceListId, filter.q, {
      skip: filter.skip ?? 0,
      take: filter.take,
      ids: filter.ids,
    })
    if (!ids.length) {
      return { rows: [], count }
    }
    const { data } = await query.graph({ entity: "price", fields: PRICE_ROW_FIELDS, filters: { id: ids } })
    const byId = new Map((data as Record<string, any>[]).map((price) => [price.id as string, price]))
    const rows = ids.flatMap((id) => (byId.has(id) ? [toPriceRow(byId.get(id)!)] : []))
    return { rows: filter.with_list_prices ? await withListPrices(scope, data, rows) : rows, count }
  }
  const filters: Record<string, unknown> = { price_list_id: priceListId }
  if (filter.ids) {
    filters.id = filter.ids
  }
  const { data, metadata } = await query.graph({
    entity: "price",
    fields: PRICE_ROW_FIELDS,
    filters: filters,
    pagination: { skip: filter.skip ?? 0, take: filter.take, order: PRICE_ROW_ORDER },
  })
  const rows = (data as Record<string, any>[]).map(toPriceRow)
  return {
    rows: filter.with_list_prices ? await withListPrices(scope, data, rows) : rows,
    count: metadata?.count ?? data.length,
  }
}

export const PRICE_EXPORT_PAGE_SIZE = 1000

/**
 * Writes a company's price sheet as CSV (the import format) page by page, so a large sheet never sits
 * in memory whole and the writer waits for a slow client.
 */
export async function sendPriceSheetCsv(
  res: MedusaResponse,
  scope: MedusaContainer,
  priceListId: string | null,
  filename: string
): Promise<void> {
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="${filename.replace(/[^\w.-]+/g, "-")}"`)
  const csv = stringify({ header: true, columns: [...PRICE_CSV_COLUMNS] })
  csv.pipe(res)
  for (let skip = 0; ; skip += PRICE_EXPORT_PAGE_SIZE) {
    const { rows } = await listCompanyPriceRows(scope, priceListId, { skip, take: PRICE_EXPORT_PAGE_SIZE })
    for (const row of rows) {
      if (!csv.write(priceCsvRecord(row))) {
        await once(csv, "drain")
      }
    }
    if (rows.length < PRICE_EXPORT_PAGE_SIZE) {
      break
    }
  }
  csv.end()
  await finished(res)
}
