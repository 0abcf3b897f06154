// The store both benchmarked apps share: region, sales channel, key, warehouse with shipping, a
// catalog of 25 products × 4 variants, and buyer accounts. Medusa core only (no plugin code), so
// the baseline app runs it too.
import fs from "node:fs"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createCatalogProducts, seedStoreBasics, type ProductSpec, type StoreBasics } from "../../seed/store"
import { ensureCustomerAccount } from "../../seed/accounts"

export const BENCH_PASSWORD = "supersecret"
export const PRODUCT_COUNT = 25
export const VARIANTS_PER_PRODUCT = 4
export const BUYER_COUNT = 16
/** Plenty: every completed cart reserves stock. */
const STOCK = 1_000_000

export const benchSku = (product: number, variant: number) =>
  `BENCH-${String(product + 1).padStart(3, "0")}-${String(variant + 1).padStart(2, "0")}`

/** Variant list price in EUR (main unit): 10.00 to 109.00 over the 100 variants. */
export const listPrice = (product: number, variant: number) => 10 + product * VARIANTS_PER_PRODUCT + variant

function benchCatalog(): ProductSpec[] {
  return Array.from({ length: PRODUCT_COUNT }, (_, p) => ({
    title: `Bench product ${p + 1}`,
    handle: `bench-product-${p + 1}`,
    description: "Catalog item of the benchmark store.",
    options: [{ title: "Size", values: Array.from({ length: VARIANTS_PER_PRODUCT }, (_, v) => `Size ${v + 1}`) }],
    variants: Array.from({ length: VARIANTS_PER_PRODUCT }, (_, v) => ({
      title: `Size ${v + 1}`,
      sku: benchSku(p, v),
      price: listPrice(p, v),
      stock: STOCK,
      options: { Size: `Size ${v + 1}` },
    })),
  }))
}

export const buyerEmail = (index: number) => `buyer${String(index + 1).padStart(2, "0")}@bench.test`

export type BenchStore = {
  basics: StoreBasics
  products: { id: string; variants: { id: string; sku: string; price: number }[] }[]
  buyers: { email: string; customer_id: string }[]
}

export async function seedBenchStore(container: MedusaContainer): Promise<BenchStore> {
  const basics = await seedStoreBasics(container, { currency_code: "eur", country_code: "de" })
  const specs = benchCatalog()
  const created = await createCatalogProducts(container, basics, specs)
  const priceBySku = new Map(specs.flatMap((s) => s.variants.map((v) => [v.sku, v.price] as const)))
  const products = created.map((p) => ({
    id: p.id,
    variants: [...p.variants]
      .sort((a, b) => a.sku.localeCompare(b.sku))
      .map((v) => ({ id: v.id, sku: v.sku, price: priceBySku.get(v.sku) ?? 0 })),
  }))
  const buyers: BenchStore["buyers"] = []
  for (let i = 0; i < BUYER_COUNT; i++) {
    const email = buyerEmail(i)
    const { customer } = await ensureCustomerAccount(container, {
      email,
      password: BENCH_PASSWORD,
      first_name: "Bench",
      last_name: `Buyer ${i + 1}`,
    })
    buyers.push({ email, customer_id: customer.id })
  }
  return { basics, products, buyers }
}

/** What the bench driver needs to know about a seeded app, written where BENCH_SEED_OUT says. */
export function writeSeedSummary(summary: Record<string, unknown>) {
  const file = process.env.BENCH_SEED_OUT
  if (!file) {
    throw new Error("BENCH_SEED_OUT is not set: the bench driver passes the file the seed summary goes to")
  }
  fs.writeFileSync(file, JSON.stringify(summary, null, 2) + "\n")
}

export function storeSummary(store: BenchStore) {
  return {
    publishable_key: store.basics.publishableKey,
    region_id: store.basics.region.id,
    shipping_option_id: store.basics.shippingOption.id,
    buyer_password: BENCH_PASSWORD,
    products: store.products,
    buyers: store.buyers,
  }
}
