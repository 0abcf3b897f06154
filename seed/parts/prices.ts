// The demo's negotiated terms: the key account buys at its own prices, bolts cheaper by volume; the
// small client has a few prices of its own and a company-wide discount. Prices and discounts already
// there (maybe edited in the admin) are kept; only missing ones are written, by the plugin's workflows.
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { tierLabel, priceKey, type PriceTerms } from "../../src/lib/prices"
import { listCompanyPriceRows } from "../../src/api/utils/company-prices"
import { setCompanyDiscountWorkflow, upsertCompanyPricesWorkflow } from "../../src/workflows/prices"
import { loadCompanyDiscount } from "../../src/queries/prices"
import { companyIdByName, variantBySku } from "./lookups"
import type { SeedContext, SeedPart } from "./types"

type DemoPrice = { sku: string; amount: number; min_quantity?: number; max_quantity?: number }
type DemoTerms = { company: string; prices: DemoPrice[]; discount_percent?: number }

/** The variant the banner prices for a buyer of the key account, next to its list price. */
const PRICE_SAMPLE = { sku: "BOLT-M8-100", company: "Northwind Builders", buyer_email: "ben@northwind.test" }

export const DEMO_TERMS: DemoTerms[] = [
  {
    company: "Northwind Builders",
    prices: [
      // Volume tiers: 1–9 boxes, 10–49 boxes, 50 boxes and more (list price 11.50).
      { sku: "BOLT-M8-100", amount: 10.2, max_quantity: 9 },
      { sku: "BOLT-M8-100", amount: 9.6, min_quantity: 10, max_quantity: 49 },
      { sku: "BOLT-M8-100", amount: 8.9, min_quantity: 50 },
      { sku: "BOLT-M10-100", amount: 18.4 },
      { sku: "NUT-M8-100", amount: 3.2 },
      { sku: "CAB-NYM-3x15-M", amount: 0.69 },
      { sku: "CEM-I425-25KG", amount: 6.95 },
      { sku: "REBAR-B500-12-12M", amount: 10.4 },
    ],
  },
  {
    company: "Kleinbau Schmidt",
    prices: [
      { sku: "SCR-WD-4x40-200", amount: 7.4 },
      { sku: "PLUG-6-100", amount: 2.6 },
      { sku: "FOAM-750ML-12", amount: 54 },
    ],
    discount_percent: 5,
  },
]

async function companyPriceListId(ctx: SeedContext, companyId: string): Promise<string | null> {
  const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "company", fields: ["price_list_id"], filters: { id: companyId } })
  return (data[0] as { price_list_id: string | null } | undefined)?.price_list_id ?? null
}

/** Every negotiated row of the company (the demo has a handful, so one page holds them). */
async function storedPrices(ctx: SeedContext, companyId: string) {
  const { rows } = await listCompanyPriceRows(ctx.container, await companyPriceListId(ctx, companyId))
  return rows
}

async function seedPrices(ctx: SeedContext, terms: DemoTerms, companyId: string) {
  const currency_code = ctx.basics.region.currency_code
  const rows: PriceTerms[] = terms.prices.map((price) => ({
    variant_id: variantBySku(ctx, price.sku).id,
    currency_code,
    amount: price.amount,
    min_quantity: price.min_quantity ?? null,
    max_quantity: price.max_quantity ?? null,
  }))
  const existing = new Set((await storedPrices(ctx, companyId)).map(priceKey))
  const missing = rows.filter((row) => !existing.has(priceKey(row)))
  if (missing.length) {
    await upsertCompanyPricesWorkflow(ctx.container).run({ input: { company_id: companyId, rows: missing } })
  }
  ctx.log(`${terms.company}: ${rows.length} prices (${missing.length} created, ${rows.length - missing.length} kept)`)

  const stored = await storedPrices(ctx, companyId)
  const variants = new Set(stored.map((row) => row.variant_id))
  const sample = stored.filter((row) => row.sku === PRICE_SAMPLE.sku && terms.company === PRICE_SAMPLE.company)
  const currency = currency_code.toUpperCase()
  const tiers = sample.length
    ? `; ${PRICE_SAMPLE.sku} ${sample.map((row) => `${tierLabel(row.min_quantity, row.max_quantity)}: ${row.amount} ${currency}`).join(", ")}`
    : ""
  ctx.summary.notes.push(`Prices: ${terms.company} has ${stored.length} negotiated prices on ${variants.size} variants${tiers}`)
}

async function seedDiscount(ctx: SeedContext, terms: DemoTerms, companyId: string) {
  const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "company", fields: ["promotion_id"], filters: { id: companyId } })
  const promotion_id = (data[0] as { promotion_id: string | null } | undefined)?.promotion_id ?? null
  let current = await loadCompanyDiscount(ctx.container, { company_id: companyId, promotion_id })
  if (!current && terms.discount_percent) {
    await setCompanyDiscountWorkflow(ctx.container).run({
      input: { company_id: companyId, percent: terms.discount_percent },
    })
    current = await loadCompanyDiscount(ctx.container, { company_id: companyId, promotion_id: null })
    ctx.log(`${terms.company}: discount of ${terms.discount_percent}% created`)
  } else if (current) {
    ctx.log(`${terms.company}: discount of ${current.percent}% kept`)
  }
  if (current && current.status === "active") {
    ctx.summary.notes.push(`Discount: ${terms.company} gets ${current.percent}% off every item in the cart (automatic promotion)`)
  }
}

export const pricesPart: SeedPart = {
  name: "negotiated prices and company discounts",
  async run(ctx) {
    for (const terms of DEMO_TERMS) {
      const companyId = companyIdByName(ctx, terms.company)
      await seedPrices(ctx, terms, companyId)
      if (terms.discount_percent !== undefined) await seedDiscount(ctx, terms, companyId)
    }
    const sample = variantBySku(ctx, PRICE_SAMPLE.sku)
    ctx.summary.price_sample = {
      sku: PRICE_SAMPLE.sku,
      product_handle: sample.product_handle,
      buyer_email: PRICE_SAMPLE.buyer_email,
    }
  },
}
