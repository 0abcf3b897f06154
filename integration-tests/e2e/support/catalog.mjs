// A product the storefront can sell, created through the admin API as a merchant would: a region
// in the store's currency, a stock location in the publishable key's sales channel, and a
// published product whose variant has a SKU, a price and stock there.

/** The sales channel the storefront's publishable key sells in. */
async function salesChannelOf(api, publishableKey) {
  const { api_keys } = await api.get("/admin/api-keys?type=publishable&limit=100&fields=id,token,sales_channels.id")
  const key = api_keys.find((k) => k.token === publishableKey)
  const channelId = key?.sales_channels?.[0]?.id
  if (!channelId) {
    throw new Error("the publishable key has no sales channel")
  }
  return channelId
}

/** A region selling in the currency; reused when one exists, so the steps also run against a used app. */
async function regionFor(api, currencyCode) {
  const { regions } = await api.get(`/admin/regions?currency_code=${currencyCode}&limit=1`)
  if (regions[0]) {
    return regions[0]
  }
  const { region } = await api.post("/admin/regions", { name: `Wholesale ${currencyCode.toUpperCase()}`, currency_code: currencyCode })
  return region
}

/**
 * @param {{ publishableKey: string, run: string, title: string, variantTitle: string, sku: string,
 *   price: number, stock: number, currencyCode?: string }} spec
 * @returns {Promise<{ regionId: string, productId: string, variantId: string, sku: string }>}
 */
export async function seedSellableVariant(api, spec) {
  const currencyCode = spec.currencyCode ?? "eur"
  const [channelId, region, { shipping_profiles }] = await Promise.all([
    salesChannelOf(api, spec.publishableKey),
    regionFor(api, currencyCode),
    api.get("/admin/shipping-profiles?type=default&limit=1"),
  ])

  const { stock_location } = await api.post("/admin/stock-locations", { name: `Warehouse ${spec.run}` })
  await api.post(`/admin/stock-locations/${stock_location.id}/sales-channels`, { add: [channelId] })

  const { product } = await api.post("/admin/products", {
    title: spec.title,
    status: "published",
    shipping_profile_id: shipping_profiles[0]?.id,
    sales_channels: [{ id: channelId }],
    options: [{ title: "Pack", values: [spec.variantTitle] }],
    variants: [
      {
        title: spec.variantTitle,
        sku: spec.sku,
        manage_inventory: true,
        options: { Pack: spec.variantTitle },
        prices: [{ currency_code: currencyCode, amount: spec.price }],
      },
    ],
  })
  const variantId = product.variants[0].id
  const { variant } = await api.get(
    `/admin/products/${product.id}/variants/${variantId}?fields=id,inventory_items.inventory_item_id`
  )
  const inventoryItemId = variant.inventory_items?.[0]?.inventory_item_id
  if (!inventoryItemId) {
    throw new Error(`variant ${spec.sku} has no inventory item`)
  }
  await api.post(`/admin/inventory-items/${inventoryItemId}/location-levels`, {
    location_id: stock_location.id,
    stocked_quantity: spec.stock,
  })
  return { regionId: region.id, productId: product.id, variantId, sku: spec.sku }
}
