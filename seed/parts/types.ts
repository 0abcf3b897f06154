import type { MedusaContainer } from "@medusajs/framework/types"
import type { CatalogProduct, StoreBasics } from "../store"

export type DemoLogin = { email: string; password: string; label: string }

/** What `npm run demo` prints after the seed: written to .medusa/demo-store.json. */
export type DemoSummary = {
  publishable_key: string
  region_id: string
  currency_code: string
  admin: DemoLogin
  buyers: DemoLogin[]
  /** variants the banner's example commands use */
  sample_variants: { id: string; sku: string; product_handle: string }[]
  /** the variant whose negotiated price the banner shows next to its list price, and who buys it */
  price_sample: { sku: string; product_handle: string; buyer_email: string } | null
  notes: string[]
}

export type SeedContext = {
  container: MedusaContainer
  log: (message: string) => void
  /** set by the store part; later parts may rely on it */
  basics: StoreBasics
  products: CatalogProduct[]
  /** customer id by email, for parts that attach customers to companies */
  customers: Map<string, string>
  /** company id by name, set by the companies part for the parts that give companies their terms */
  companies: Map<string, string>
  summary: DemoSummary
}

/** One named, idempotent piece of the demo data: running it again creates nothing twice. */
export type SeedPart = { name: string; run: (ctx: SeedContext) => Promise<void> }
