import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * Medusa 2.21.2's pricing migration declares the price_list_rule index on price_list_id with the
 * condition `deleted_at IS NOT NULL`, so pricing a cart or a product list scans every live price-list
 * rule. With one price list per company that scan grows with the number of companies; this adds the
 * index the lookup needs (live rules by price list). Harmless where Medusa already has one.
 */
export default async function addPriceListRuleLookupIndex({ container }: ExecArgs) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await knex.raw(
    `CREATE INDEX IF NOT EXISTS "IDX_b2b_price_list_rule_price_list_id_live" ON "price_list_rule" (price_list_id) WHERE deleted_at IS NULL`
  )
}
