// Store basics shared by the demo seed and the HTTP tests: region, sales channel, publishable key,
// stock location with shipping, and catalog products. Every write goes through Medusa's core
// workflows; records found by name (or handle) are reused, so running it twice changes nothing.
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  batchLinksWorkflow,
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createLocationFulfillmentSetWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

export const STORE_NAMES = {
  salesChannel: "Wholesale Webshop",
  publishableKey: "Wholesale Webshop key",
  stockLocation: "Central Warehouse",
  fulfillmentSet: "Central Warehouse delivery",
  shippingProfile: "Default Shipping Profile",
  shippingOption: "Standard delivery",
} as const

const FULFILLMENT_PROVIDER = "manual_manual"
const PAYMENT_PROVIDER = "pp_system_default"
/** The plugin's payment methods (invoice, on account, guarantee), enabled in the region where the app registers them. */
export const B2B_PAYMENT_PROVIDERS = ["pp_invoice_b2b", "pp_on_account_b2b", "pp_guarantee_b2b"]
const FLAT_SHIPPING_AMOUNT = 15

export type StoreBasicsOptions = { currency_code?: string; country_code?: string }

type Named = { id: string; name: string }

export type StoreBasics = {
  region: Named & { currency_code: string }
  salesChannel: Named
  publishableKey: string
  stockLocation: Named
  shippingProfile: Named
  shippingOption: Named
}

export type ProductSpec = {
  title: string
  handle: string
  description?: string
  options?: { title: string; values: string[] }[]
  variants: {
    title: string
    sku: string
    /** in the currency's main unit (EUR) */
    price: number
    stock?: number
    options?: Record<string, string>
  }[]
}

export type CatalogProduct = {
  id: string
  title: string
  handle: string
  variants: { id: string; sku: string; title: string }[]
}

export async function seedStoreBasics(
  container: MedusaContainer,
  options: StoreBasicsOptions = {}
): Promise<StoreBasics> {
  const currency_code = (options.currency_code ?? "eur").toLowerCase()
  const country_code = (options.country_code ?? "de").toLowerCase()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const salesChannel = await ensureSalesChannel(container)
  const region = await ensureRegion(container, currency_code, country_code)
  await ensureTaxRegion(container, country_code)
  const publishableKey = await ensurePublishableKey(container, salesChannel.id)
  const stockLocation = await ensureStockLocation(container, salesChannel.id)
  const shippingProfile = await ensureShippingProfile(container)
  const serviceZoneId = await ensureServiceZone(container, stockLocation.id, country_code)
  const shippingOption = await ensureShippingOption(container, {
    serviceZoneId,
    shippingProfileId: shippingProfile.id,
    currency_code,
    regionId: region.id,
  })

  const { data: stores } = await query.graph({
    entity: "store",
    fields: ["id", "supported_currencies.currency_code", "default_sales_channel_id"],
  })
  const store = stores[0]
  if (store && store.default_sales_channel_id !== salesChannel.id) {
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: store.id },
        update: {
          supported_currencies: [{ currency_code, is_default: true }],
          default_sales_channel_id: salesChannel.id,
          default_region_id: region.id,
          default_location_id: stockLocation.id,
        },
      },
    })
  }

  return { region, salesChannel, publishableKey, stockLocation, shippingProfile, shippingOption }
}

async function ensureSalesChannel(container: MedusaContainer): Promise<Named> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "sales_channel",
    fields: ["id", "name"],
    filters: { name: STORE_NAMES.salesChannel },
  })
  if (data[0]) return data[0]
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: STORE_NAMES.salesChannel, description: "B2B storefront" }] },
  })
  return result[0]
}

async function ensureRegion(container: MedusaContainer, currency_code: string, country_code: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "region",
    fields: ["id", "name", "currency_code", "countries.iso_2"],
  })
  // The plugin's methods where this app registers them (a plain Medusa app, e.g. the bench's baseline, has none).
  const registered = await container.resolve(Modules.PAYMENT).listPaymentProviders({ id: B2B_PAYMENT_PROVIDERS }, { select: ["id"] })
  const providers = [PAYMENT_PROVIDER, ...registered.map((p) => p.id)]
  // A country belongs to at most one region, so the region is found by its country.
  const found = data.find((r) => r.countries?.some((c: { iso_2?: string | null } | null) => c?.iso_2 === country_code))
  if (found) {
    const { data: enabled } = await query.graph({ entity: "region", fields: ["id", "payment_providers.id"], filters: { id: found.id } })
    const have = new Set(((enabled[0]?.payment_providers ?? []) as ({ id: string } | null)[]).map((p) => p?.id))
    if (providers.some((id) => !have.has(id))) {
      await updateRegionsWorkflow(container).run({
        input: { selector: { id: found.id }, update: { payment_providers: [...new Set([...have, ...providers])].filter((id): id is string => Boolean(id)) } },
      })
    }
    return { id: found.id, name: found.name, currency_code: found.currency_code }
  }
  const { result } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: `Wholesale ${country_code.toUpperCase()}`,
          currency_code,
          countries: [country_code],
          payment_providers: providers,
        },
      ],
    },
  })
  return { id: result[0].id, name: result[0].name, currency_code: result[0].currency_code }
}

async function ensureTaxRegion(container: MedusaContainer, country_code: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "tax_region",
    fields: ["id"],
    filters: { country_code, parent_id: null },
  })
  if (data.length) return
  await createTaxRegionsWorkflow(container).run({
    input: [{ country_code, provider_id: "tp_system" }],
  })
}

async function ensurePublishableKey(container: MedusaContainer, salesChannelId: string): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "api_key",
    fields: ["id", "token", "revoked_at"],
    filters: { title: STORE_NAMES.publishableKey, type: "publishable" },
  })
  const live = data.find((k) => !k.revoked_at)
  if (live) return live.token
  const { result } = await createApiKeysWorkflow(container).run({
    input: {
      api_keys: [{ title: STORE_NAMES.publishableKey, type: "publishable", created_by: "" }],
    },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: result[0].id, add: [salesChannelId] },
  })
  return result[0].token
}

async function ensureStockLocation(container: MedusaContainer, salesChannelId: string): Promise<Named> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["id", "name"],
    filters: { name: STORE_NAMES.stockLocation },
  })
  if (data[0]) return data[0]
  const { result } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: STORE_NAMES.stockLocation,
          address: { address_1: "Lagerstraße 1", city: "Hamburg", country_code: "DE", postal_code: "20457" },
        },
      ],
    },
  })
  const location = result[0]
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: [salesChannelId] },
  })
  await batchLinksWorkflow(container).run({
    input: {
      create: [
        {
          [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
          [Modules.FULFILLMENT]: { fulfillment_provider_id: FULFILLMENT_PROVIDER },
        },
      ],
    },
  })
  return { id: location.id, name: location.name }
}

async function ensureShippingProfile(container: MedusaContainer): Promise<Named> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "shipping_profile",
    fields: ["id", "name", "type"],
  })
  const found = data.find((p) => p.type === "default") ?? data.find((p) => p.name === STORE_NAMES.shippingProfile)
  if (found) return { id: found.id, name: found.name }
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: STORE_NAMES.shippingProfile, type: "default" }] },
  })
  return { id: result[0].id, name: result[0].name }
}

async function ensureServiceZone(container: MedusaContainer, locationId: string, country_code: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const load = async () =>
    (
      await query.graph({
        entity: "fulfillment_set",
        fields: ["id", "name", "service_zones.id"],
        filters: { name: STORE_NAMES.fulfillmentSet },
      })
    ).data[0]
  let set = await load()
  if (!set) {
    await createLocationFulfillmentSetWorkflow(container).run({
      input: { location_id: locationId, fulfillment_set_data: { name: STORE_NAMES.fulfillmentSet, type: "shipping" } },
    })
    set = await load()
  }
  const zone = set.service_zones?.[0]
  if (zone) return zone.id
  const { result } = await createServiceZonesWorkflow(container).run({
    input: {
      data: [
        {
          name: country_code.toUpperCase(),
          fulfillment_set_id: set.id,
          geo_zones: [{ type: "country", country_code }],
        },
      ],
    },
  })
  return result[0].id
}

async function ensureShippingOption(
  container: MedusaContainer,
  input: { serviceZoneId: string; shippingProfileId: string; currency_code: string; regionId: string }
): Promise<Named> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "name"],
    filters: { name: STORE_NAMES.shippingOption, service_zone_id: input.serviceZoneId },
  })
  if (data[0]) return data[0]
  const { result } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: STORE_NAMES.shippingOption,
        price_type: "flat",
        provider_id: FULFILLMENT_PROVIDER,
        service_zone_id: input.serviceZoneId,
        shipping_profile_id: input.shippingProfileId,
        type: { label: "Standard", description: "Delivery in 2-3 working days", code: "standard" },
        prices: [
          { currency_code: input.currency_code, amount: FLAT_SHIPPING_AMOUNT },
          { region_id: input.regionId, amount: FLAT_SHIPPING_AMOUNT },
        ],
        rules: [
          { attribute: "enabled_in_store", operator: "eq", value: "true" },
          { attribute: "is_return", operator: "eq", value: "false" },
        ],
      },
    ],
  })
  return { id: result[0].id, name: result[0].name }
}

/** Creates the products whose handle is not taken yet; returns all requested products. */
export async function createCatalogProducts(
  container: MedusaContainer,
  basics: Pick<StoreBasics, "region" | "salesChannel" | "stockLocation" | "shippingProfile">,
  specs: ProductSpec[]
): Promise<CatalogProduct[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const handles = specs.map((s) => s.handle)
  const existing = await loadProducts(container, handles)
  const missing = specs.filter((s) => !existing.some((p) => p.handle === s.handle))

  if (missing.length) {
    const currency_code = basics.region.currency_code
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: missing.map((spec) => {
          // Medusa needs at least one option; a spec without options gets one named after its variants.
          const options = spec.options?.length
            ? spec.options
            : [{ title: "Variant", values: spec.variants.map((v) => v.title) }]
          return {
            title: spec.title,
            handle: spec.handle,
            description: spec.description,
            status: "published" as const,
            shipping_profile_id: basics.shippingProfile.id,
            sales_channels: [{ id: basics.salesChannel.id }],
            options,
            variants: spec.variants.map((v) => ({
              title: v.title,
              sku: v.sku,
              manage_inventory: true,
              options: v.options ?? (spec.options?.length ? undefined : { Variant: v.title }),
              prices: [{ currency_code, amount: v.price }],
            })),
          }
        }),
      },
    })

    const created = result.map((p) => p.id)
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "sku", "inventory_items.inventory_item_id"],
      filters: { product_id: created },
    })
    const stockBySku = new Map(missing.flatMap((s) => s.variants.map((v) => [v.sku, v.stock ?? 0] as const)))
    const levels = variants.flatMap((variant) =>
      (variant.inventory_items ?? []).map((link: { inventory_item_id: string } | null) => ({
        inventory_item_id: link!.inventory_item_id,
        location_id: basics.stockLocation.id,
        stocked_quantity: stockBySku.get(variant.sku ?? "") ?? 0,
      }))
    )
    if (levels.length) {
      await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
    }
  }

  const products = await loadProducts(container, handles)
  return handles.map((h) => products.find((p) => p.handle === h)!).filter(Boolean)
}

async function loadProducts(container: MedusaContainer, handles: string[]): Promise<CatalogProduct[]> {
  if (!handles.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "title", "handle", "variants.id", "variants.sku", "variants.title"],
    filters: { handle: handles },
  })
  return data.map((p) => ({
    id: p.id,
    title: p.title,
    handle: p.handle,
    variants: (p.variants ?? []).map((v: { id: string; sku?: string | null; title?: string | null } | null) => ({ id: v!.id, sku: v!.sku ?? "", title: v!.title ?? "" })),
  }))
}
