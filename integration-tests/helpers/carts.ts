// Storefront cart steps for specs that judge carts: a cart with lines, ready to be completed.
import type { HttpClient, RequestConfig } from "./auth"
import { prepareCartForCompletion } from "./checkout"

export const TEST_SHIPPING_ADDRESS = {
  first_name: "Erika",
  last_name: "Muster",
  address_1: "Lagerstraße 1",
  city: "Hamburg",
  country_code: "de",
  postal_code: "20457",
}

export async function createCart(api: HttpClient, headers: RequestConfig, regionId: string): Promise<string> {
  const { data } = await api.post("/store/carts", { region_id: regionId }, headers)
  return data.cart.id
}

export function addLine(api: HttpClient, headers: RequestConfig, cartId: string, variantId: string, quantity: number) {
  return api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity }, headers)
}

export function setLineQuantity(api: HttpClient, headers: RequestConfig, cartId: string, itemId: string, quantity: number) {
  return api.post(`/store/carts/${cartId}/line-items/${itemId}`, { quantity }, headers)
}

/** A cart holding the given lines with address, shipping method and payment session: only completion is left. */
export async function cartReadyToComplete(
  api: HttpClient,
  headers: RequestConfig,
  store: { regionId: string; shippingOptionId: string },
  lines: [variantId: string, quantity: number][]
): Promise<string> {
  const cartId = await createCart(api, headers, store.regionId)
  for (const [variantId, quantity] of lines) {
    await addLine(api, headers, cartId, variantId, quantity)
  }
  await api.post(`/store/carts/${cartId}`, { shipping_address: TEST_SHIPPING_ADDRESS }, headers)
  await prepareCartForCompletion(api, headers, cartId, store.shippingOptionId)
  return cartId
}
