// Benchmark experiment (`npm run bench -- --two-part-price-query`), preloaded into both servers with
// `node --require`: Medusa 2.21.2's PricingRepository.calculatePrices, with one change. Medusa reads
// every price of the priced variants in every price list, then drops the lists whose rules do not match
// the context; here the prices come in two index-driven parts instead — the prices without a list, plus
// the prices of the lists that match — and the rest (rule matching, ordering, the columns returned) is
// Medusa's. It shows what the product listing would cost with the query fixed in Medusa; the plugin
// itself never loads it.
// Resolved from this repository's node_modules, which both bench apps use (through a symlink).
const utils = require("@medusajs/framework/utils")
const { PricingRepository } = require("@medusajs/pricing/dist/repositories/pricing")

const original = PricingRepository.prototype.calculatePrices
const attributes = new WeakMap()

async function availableAttributes(repository, knex) {
  if (!attributes.has(repository)) {
    const { rows } = await knex.raw(
      "SELECT DISTINCT attribute FROM (SELECT attribute FROM price_rule UNION ALL SELECT attribute FROM price_list_rule) a"
    )
    attributes.set(repository, new Set(rows.map((row) => row.attribute)))
  }
  return attributes.get(repository)
}

const clear = PricingRepository.prototype.clearAvailableAttributes
PricingRepository.prototype.clearAvailableAttributes = function () {
  attributes.delete(this)
  return clear.call(this)
}

PricingRepository.prototype.calculatePrices = async function (pricingFilters, pricingContext = { context: {} }, sharedContext = {}) {
  const context = { ...(pricingContext.context || {}) }
  const quantity = context.quantity
  delete context.quantity
  const currencyCode = context.currency_code
  delete context.currency_code
  let flattened = Object.entries(utils.flattenObjectToKeyValuePairs(context)).filter(([, value]) =>
    Array.isArray(value) ? value.flat(1).length : utils.isPresent(value)
  )
  // Without context rules, or without a currency, Medusa's own query is already the narrow one (or the error).
  if (!currencyCode || !flattened.length) {
    return original.call(this, pricingFilters, pricingContext, sharedContext)
  }
  const knex = this.getActiveManager(sharedContext).getKnex()
  if (flattened.length > 10) {
    const known = await availableAttributes(this, knex)
    flattened = flattened.filter(([key]) => known.has(key))
    if (!flattened.length) {
      return original.call(this, pricingFilters, pricingContext, sharedContext)
    }
  }

  const priceRuleConditions = flattened
    .map(([, value]) =>
      typeof value === "number"
        ? `(pr.attribute = ? AND ((pr.operator = 'eq' AND pr.value = ?) OR (pr.operator = 'gt' AND ? > pr.value::numeric) OR
             (pr.operator = 'gte' AND ? >= pr.value::numeric) OR (pr.operator = 'lt' AND ? < pr.value::numeric) OR
             (pr.operator = 'lte' AND ? <= pr.value::numeric)))`
        : `(pr.attribute = ? AND pr.value IN (${(Array.isArray(value) ? value : [value]).map(() => "?").join(",")}))`
    )
    .join(" OR ")
  const priceRuleParams = flattened.flatMap(([key, value]) =>
    typeof value === "number" ? [key, value.toString(), value, value, value, value] : [key, ...(Array.isArray(value) ? value : [value])]
  )
  const listRuleConditions = flattened
    .map(([, value]) => (Array.isArray(value) ? value.map(() => "(plr.attribute = ? AND plr.value @> ?)").join(" OR ") : "(plr.attribute = ? AND plr.value @> ?)"))
    .join(" OR ")
  const listRuleParams = flattened.flatMap(([key, value]) => (Array.isArray(value) ? value : [value]).flatMap((v) => [key, JSON.stringify(v)]))

  const quantityClause = (qb) => {
    if (quantity !== undefined) {
      qb.andWhere(function () {
        this.orWhere(function () {
          this.where("price.min_quantity", "<=", quantity).andWhere("price.max_quantity", ">=", quantity)
          this.orWhere("price.min_quantity", "<=", quantity).whereNull("price.max_quantity")
          this.orWhereNull("price.min_quantity").whereNull("price.max_quantity")
          this.orWhereNull("price.min_quantity").andWhere("price.max_quantity", ">=", quantity)
        })
      })
    } else {
      qb.andWhere(function () {
        this.where("price.min_quantity", "<=", 1).orWhereNull("price.min_quantity")
      })
    }
  }
  const part = (withList) => {
    const qb = knex
      .select({
        id: "price.id",
        price_set_id: "price.price_set_id",
        amount: "price.amount",
        raw_amount: "price.raw_amount",
        min_quantity: "price.min_quantity",
        max_quantity: "price.max_quantity",
        currency_code: "price.currency_code",
        price_list_id: "price.price_list_id",
        price_list_type: withList ? "pl.type" : knex.raw("NULL::text"),
        rules_count: "price.rules_count",
        price_list_rules_count: withList ? "pl.rules_count" : knex.raw("NULL::integer"),
      })
      .from("price")
      .whereIn("price.price_set_id", pricingFilters.id)
      .andWhere("price.currency_code", utils.normalizeCurrencyCode(currencyCode))
      .whereNull("price.deleted_at")
    quantityClause(qb)
    if (withList) {
      // The matching lists first (one pass over the lists and their rules), then their prices by index.
      qb.join(
        knex.raw(
          `(SELECT pl.id, pl.type, pl.rules_count FROM price_list pl
             WHERE pl.status = ? AND pl.deleted_at IS NULL
               AND (pl.starts_at IS NULL OR pl.starts_at <= now()) AND (pl.ends_at IS NULL OR pl.ends_at >= now())
               AND (pl.rules_count = 0 OR pl.rules_count = (
                 SELECT COUNT(*) FILTER (WHERE ${listRuleConditions}) FROM price_list_rule plr
                  WHERE plr.price_list_id = pl.id AND plr.deleted_at IS NULL))) AS pl`,
          [utils.PriceListStatus.ACTIVE, ...listRuleParams]
        ),
        "pl.id",
        "price.price_list_id"
      )
    } else {
      qb.whereNull("price.price_list_id")
    }
    qb.leftJoin(
      knex.raw(
        `LATERAL (SELECT COUNT(*) FILTER (WHERE ${priceRuleConditions}) AS matched_count FROM price_rule pr
           WHERE pr.price_id = price.id AND pr.deleted_at IS NULL) pr_stats`,
        priceRuleParams
      ),
      knex.raw("true")
    )
    qb.where((inner) => inner.where("price.rules_count", 0).orWhereRaw("pr_stats.matched_count = price.rules_count"))
    return qb
  }
  return knex
    .select("*")
    .from(knex.raw("((?) UNION ALL (?)) AS prices", [part(false), part(true)]))
    .orderByRaw("price_list_id IS NOT NULL DESC")
    .orderByRaw("rules_count + COALESCE(price_list_rules_count, 0) DESC")
    .orderBy("amount", "asc")
}
