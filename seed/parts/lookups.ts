// Names the demo terms use (SKU, product handle, company name) resolved to the ids seeded before.
import type { SeedContext } from "./types"

export function variantBySku(ctx: SeedContext, sku: string) {
  for (const product of ctx.products) {
    const variant = product.variants.find((v) => v.sku === sku)
    if (variant) return { ...variant, product_id: product.id, product_handle: product.handle }
  }
  throw new Error(`the demo catalog has no variant with SKU ${sku}`)
}

export function productByHandle(ctx: SeedContext, handle: string) {
  const product = ctx.products.find((p) => p.handle === handle)
  if (!product) throw new Error(`the demo catalog has no product with handle ${handle}`)
  return product
}

export function companyIdByName(ctx: SeedContext, name: string): string {
  const id = ctx.companies.get(name)
  if (!id) throw new Error(`the demo has no company named ${name}; the companies part must run first`)
  return id
}
