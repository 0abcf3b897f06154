import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "./sdk"

export type VariantOption = { id: string; sku: string | null; title: string; product?: { title: string } | null }
export type ProductOption = { id: string; title: string }

const VARIANT_FIELDS = "id,sku,title,product.title"
const PRODUCT_FIELDS = "id,title"
const SEARCH_LIMIT = 8

function useCatalogSearch<T>(resource: "product-variants" | "products", q: string, fields: string) {
  return useQuery({
    queryKey: ["b2b-catalog-search", resource, q],
    queryFn: () => sdk.client.fetch<T>(`/admin/${resource}`, { query: { q, limit: SEARCH_LIMIT, fields } }),
    enabled: q.trim().length > 1,
    placeholderData: keepPreviousData,
  })
}

/** Variants whose SKU or title matches, for a picker. */
export const useVariantSearch = (q: string) =>
  useCatalogSearch<{ variants: VariantOption[] }>("product-variants", q, VARIANT_FIELDS)

/** Products whose title or handle matches, for a picker. */
export const useProductSearch = (q: string) => useCatalogSearch<{ products: ProductOption[] }>("products", q, PRODUCT_FIELDS)

/** The variants and products with these ids, to name records that only hold the ids. */
export async function fetchCatalogNames(variantIds: string[], productIds: string[]) {
  const [variants, products] = await Promise.all([
    variantIds.length
      ? sdk.client
          .fetch<{ variants: VariantOption[] }>("/admin/product-variants", {
            query: { id: variantIds, limit: variantIds.length, fields: VARIANT_FIELDS },
          })
          .then((data) => data.variants)
      : [],
    productIds.length
      ? sdk.client
          .fetch<{ products: ProductOption[] }>("/admin/products", {
            query: { id: productIds, limit: productIds.length, fields: PRODUCT_FIELDS },
          })
          .then((data) => data.products)
      : [],
  ])
  return {
    variants: new Map(variants.map((variant) => [variant.id, variant])),
    products: new Map(products.map((product) => [product.id, product])),
  }
}

/** How a variant reads in a list: its SKU first, then product and variant title. */
/** "Product · Variant", whichever of the two is known. */
export const productAndVariantTitle = (variant: { title?: string | null; product?: { title?: string | null } | null }) =>
  [variant.product?.title, variant.title].filter(Boolean).join(" · ")

export const variantLabel = (variant: VariantOption) =>
  [variant.sku, productAndVariantTitle(variant)].filter(Boolean).join(" ")
