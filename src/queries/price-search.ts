import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** `q` as an ILIKE pattern matching it anywhere, with its own `%`, `_` and `\` taken literally. */
export const containsPattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

/**
 * One page of the ids of a price list's prices whose variant matches `q` (the variant's title, SKU, barcode,
 * EAN or UPC, or its product's title), in the price sheet's order, and how many match in all. The search and
 * the page are done in PostgreSQL, across the pricing and product tables and the link between them, so a
 * broad `q` over a large catalogue reads one page, not every matching variant.
 */
export async function searchPriceListPriceIds(
  scope: MedusaContainer,
  priceListId: string,
  q: string,
  page: { skip: number; take?: number; ids?: string[] }
): Promise<{ ids: string[]; count: number }> {
  const knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const pattern = containsPattern(q)
  const matching = knex("price as p")
    .join("product_variant_price_set as l", function () {
      this.on("l.price_set_id", "p.price_set_id").andOnNull("l.deleted_at")
    })
    .join("product_variant as v", function () {
      this.on("v.id", "l.variant_id").andOnNull("v.deleted_at")
    })
    .join("product as pr", function () {
      this.on("pr.id", "v.product_id").andOnNull("pr.deleted_at")
    })
    .where("p.price_list_id", priceListId)
    .whereNull("p.deleted_at")
    .modify((builder) => {
      if (page.ids) {
        builder.whereIn("p.id", page.ids)
      }
    })
    .where((where) => {
      for (const column of ["v.title", "v.sku", "v.barcode", "v.ean", "v.upc", "pr.title"]) {
        where.orWhereRaw("?? ILIKE ? ESCAPE '\\'", [column, pattern])
      }
    })
  const [{ count }] = await matching.clone().countDistinct({ count: "p.id" })
  const rows: { id: string }[] = await matching
    .clone()
    .distinct("p.id", "p.price_set_id", "p.currency_code", "p.min_quantity")
    .orderBy([
      { column: "p.price_set_id", order: "asc" },
      { column: "p.currency_code", order: "asc" },
      { column: "p.min_quantity", order: "asc", nulls: "first" },
      { column: "p.id", order: "asc" },
    ])
    .offset(page.skip)
    .modify((builder) => {
      if (page.take !== undefined) {
        builder.limit(page.take)
      }
    })
  return { ids: rows.map((row) => row.id), count: Number(count) }
}
