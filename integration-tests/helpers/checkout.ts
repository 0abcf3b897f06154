// The storefront's checkout steps, for specs that place orders.
import type { HttpClient, RequestConfig } from "./auth"

export const SYSTEM_PAYMENT_PROVIDER = "pp_system_default"

/** Adds the shipping method and a system payment session, so the cart can be completed. */
export async function prepareCartForCompletion(
  api: HttpClient,
  headers: RequestConfig,
  cartId: string,
  shippingOptionId: string
) {
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: shippingOptionId }, headers)
  const { data } = await api.post("/store/payment-collections", { cart_id: cartId }, headers)
  await api.post(
    `/store/payment-collections/${data.payment_collection.id}/payment-sessions`,
    { provider_id: SYSTEM_PAYMENT_PROVIDER },
    headers
  )
  return data.payment_collection as { id: string }
}

/** Completes the cart; answers `{ type: "order", order }` or `{ type: "cart", cart, error }`. */
export async function completeCart(api: HttpClient, headers: RequestConfig, cartId: string) {
  return api.post(`/store/carts/${cartId}/complete`, {}, headers)
}
