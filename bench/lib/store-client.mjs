// Plain HTTP calls used to prepare the load (logins, carts ready for checkout). None of these are timed.

const SHIPPING_ADDRESS = {
  first_name: "Bench",
  last_name: "Buyer",
  address_1: "Lagerstraße 1",
  city: "Hamburg",
  postal_code: "20457",
  country_code: "de",
}

export class HttpError extends Error {}

export function appClient(baseUrl, publishableKey) {
  async function call(method, path, { token, body, headers = {} } = {}) {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(body !== undefined && !(body instanceof FormData) && { "content-type": "application/json" }),
        ...(publishableKey && path.startsWith("/store") && { "x-publishable-api-key": publishableKey }),
        ...(token && { authorization: `Bearer ${token}` }),
        ...headers,
      },
      body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
    })
    const text = await response.text()
    let json
    try {
      json = text ? JSON.parse(text) : {}
    } catch {
      json = { message: text.slice(0, 300) }
    }
    if (!response.ok) {
      throw new HttpError(`${method} ${path} answered ${response.status}: ${json.message ?? text.slice(0, 300)}`)
    }
    return json
  }

  const login = async (actor, email, password) =>
    (await call("POST", `/auth/${actor}/emailpass`, { body: { email, password } })).token

  return {
    call,
    loginCustomer: (email, password) => login("customer", email, password),
    loginAdmin: (email, password) => login("user", email, password),

    /** A buyer's cart holding one line, delivered to the buyer's address (so taxes apply from the start). */
    async createCart(token, regionId, item) {
      const { cart } = await call("POST", "/store/carts", {
        token,
        body: { region_id: regionId, items: [item], shipping_address: SHIPPING_ADDRESS },
      })
      return cart
    },

    async cartLines(token, cartId) {
      const { cart } = await call("GET", `/store/carts/${cartId}?fields=id,*items`, { token })
      return cart.items.map((item) => ({ id: item.id, variant_id: item.variant_id, quantity: Number(item.quantity) }))
    },

    /** Shipping method and a system-payment session: what checkout needs besides the address. */
    async prepareCheckout(token, cartId, shippingOptionId) {
      await call("POST", `/store/carts/${cartId}/shipping-methods`, { token, body: { option_id: shippingOptionId } })
      const { payment_collection } = await call("POST", "/store/payment-collections", {
        token,
        body: { cart_id: cartId },
      })
      await call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
        token,
        body: { provider_id: "pp_system_default" },
      })
    },
  }
}

/** Runs `work` over the items with at most `width` at once; resolves with the results in order. */
export async function inParallel(items, width, work) {
  const results = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const index = next++
        results[index] = await work(items[index], index)
      }
    })
  )
  return results
}

export async function waitForHealth(baseUrl, child, timeoutMs, logFile) {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the server stopped before it was ready; see ${logFile}`)
    }
    try {
      const response = await fetch(`${baseUrl}/health`)
      if (response.status === 200) return Date.now() - started
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`the server did not answer /health within ${timeoutMs / 1000} s; see ${logFile}`)
}
