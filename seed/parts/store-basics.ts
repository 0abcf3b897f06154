import { createCatalogProducts, seedStoreBasics } from "../store"
import { WHOLESALE_CATALOG } from "../catalog"
import { ensureAdminUser } from "../accounts"
import type { SeedPart } from "./types"

export const DEMO_ADMIN = { email: "admin@wholesale.test", password: "supersecret" }

export const storeBasicsPart: SeedPart = {
  name: "store basics (region, sales channel, publishable key, warehouse, shipping)",
  async run(ctx) {
    ctx.basics = await seedStoreBasics(ctx.container, { currency_code: "eur", country_code: "de" })
    ctx.summary.publishable_key = ctx.basics.publishableKey
    ctx.summary.region_id = ctx.basics.region.id
    ctx.summary.currency_code = ctx.basics.region.currency_code
  },
}

export const adminUserPart: SeedPart = {
  name: "admin user",
  async run(ctx) {
    const { created } = await ensureAdminUser(ctx.container, { ...DEMO_ADMIN, first_name: "Store", last_name: "Admin" })
    ctx.log(created ? `created ${DEMO_ADMIN.email}` : `${DEMO_ADMIN.email} exists`)
    ctx.summary.admin = { ...DEMO_ADMIN, label: "admin" }
  },
}

export const catalogPart: SeedPart = {
  name: "wholesale catalog",
  async run(ctx) {
    ctx.products = await createCatalogProducts(ctx.container, ctx.basics, WHOLESALE_CATALOG)
    const variants = ctx.products.reduce((n, p) => n + p.variants.length, 0)
    ctx.log(`${ctx.products.length} products, ${variants} variants`)
    const bySku = new Map(
      ctx.products.flatMap((p) => p.variants.map((v) => [v.sku, { id: v.id, sku: v.sku, product_handle: p.handle }] as const))
    )
    ctx.summary.sample_variants = ["BOLT-M8-100", "CAB-NYM-3x15-M", "CEM-I425-25KG"]
      .map((sku) => bySku.get(sku))
      .filter((variant): variant is NonNullable<typeof variant> => variant !== undefined)
  },
}
