// The four timed store scenarios. Each app gets its own fixture (logins, carts) built the same way;
// a scenario hands the load generator one request at a time from a counter that spans all of that
// app's rounds, so no cart is used by two connections at once and carts grow like real carts do.
import { appClient, inParallel } from "./store-client.mjs"

const QUANTITY = 10 // a valid lot in the wholesale app (lots of 10), any quantity is fine in the baseline

/** Request counts per round, by mode. */
export const PLANS = {
  quick: {
    rounds: 2,
    warmup: 3,
    amounts: { add: { 1: 5, 8: 10 }, update: { 1: 5, 8: 10 }, complete: { 1: 3, 8: 8 }, products: { 1: 5, 8: 10 } },
    importTiers: 100,
  },
  full: {
    rounds: 4,
    warmup: 16,
    amounts: { add: { 1: 20, 8: 48 }, update: { 1: 20, 8: 48 }, complete: { 1: 10, 8: 24 }, products: { 1: 20, 8: 48 } },
    importTiers: 1000,
  },
}

export const SCENARIOS = [
  { key: "add", title: "add to cart", route: "POST /store/carts/:id/line-items" },
  { key: "update", title: "change line quantity", route: "POST /store/carts/:id/line-items/:line_id" },
  { key: "complete", title: "complete cart", route: "POST /store/carts/:id/complete" },
  { key: "products", title: "list products (buyer)", route: "GET /store/products?limit=20" },
]

export const CONCURRENCY = [1, 8]

const totalFor = (plan, key) => plan.warmup + plan.rounds * CONCURRENCY.reduce((sum, c) => sum + plan.amounts[key][c], 0)

/** Logs the buyers in and opens the carts every scenario of the plan will need. */
export async function prepareFixture(app, plan, log) {
  const seed = app.seed
  const client = appClient(app.baseUrl, seed.publishable_key)
  const variants = seed.products.flatMap((p) => p.variants)
  const tokens = await inParallel(seed.buyers, 4, (buyer) => client.loginCustomer(buyer.email, seed.buyer_password))
  const addTotal = totalFor(plan, "add")
  // Every completed cart comes from this pool; adds spread over it so a cart holds a handful of lines.
  const cartCount = Math.max(totalFor(plan, "complete"), Math.ceil(addTotal / 4))
  const started = Date.now()
  const carts = await inParallel(Array.from({ length: cartCount }, (_, j) => j), 4, async (j) => {
    const token = tokens[j % tokens.length]
    const cart = await client.createCart(token, seed.region_id, { variant_id: variants[(j * 3) % variants.length].id, quantity: QUANTITY })
    return { id: cart.id, token, index: j }
  })
  log(`${app.name}: ${tokens.length} buyers logged in, ${carts.length} carts opened (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  return { client, seed, variants, tokens, carts, counters: { add: 0, update: 0, complete: 0, products: 0 }, lines: [] }
}

const json = (value) => JSON.stringify(value)

function cartBody(body) {
  try {
    return JSON.parse(body)
  } catch {
    return null
  }
}

/** The request generator and response check of one scenario for one app. */
export function scenarioDriver(key, fixture) {
  const { carts, variants, tokens, seed } = fixture
  const auth = (token) => ({ authorization: `Bearer ${token}`, "x-publishable-api-key": seed.publishable_key })
  switch (key) {
    case "add":
      return {
        next() {
          const i = fixture.counters.add++
          const cart = carts[i % carts.length]
          // The k-th line added to a cart: a variant it does not hold yet (7 is prime to the catalog size).
          const k = Math.floor(i / carts.length) + 1
          const variant = variants[(cart.index * 3 + k * 7) % variants.length]
          return {
            method: "POST",
            path: `/store/carts/${cart.id}/line-items`,
            headers: auth(cart.token),
            body: json({ variant_id: variant.id, quantity: QUANTITY }),
          }
        },
        check: (_status, body) => (cartBody(body)?.cart?.id ? null : "no cart in the response"),
      }
    case "update":
      return {
        next() {
          const i = fixture.counters.update++
          const line = fixture.lines[i % fixture.lines.length]
          // Each visit of a line toggles it between one and two lots, so every request changes it.
          const pass = Math.floor(i / fixture.lines.length)
          return {
            method: "POST",
            path: `/store/carts/${line.cart.id}/line-items/${line.id}`,
            headers: auth(line.cart.token),
            body: json({ quantity: pass % 2 === 0 ? QUANTITY * 2 : QUANTITY }),
          }
        },
        check: (_status, body) => (cartBody(body)?.cart?.id ? null : "no cart in the response"),
      }
    case "complete":
      return {
        next() {
          const cart = fixture.checkoutCarts[fixture.counters.complete++]
          if (!cart) return null
          return { method: "POST", path: `/store/carts/${cart.id}/complete`, headers: auth(cart.token), body: "{}" }
        },
        check: (_status, body) => {
          const parsed = cartBody(body)
          return parsed?.type === "order" ? null : `not placed: ${parsed?.error?.message ?? "no order in the response"}`
        },
      }
    case "products":
      return {
        next() {
          const i = fixture.counters.products++
          return {
            method: "GET",
            path: `/store/products?limit=20&region_id=${seed.region_id}`,
            headers: auth(tokens[i % tokens.length]),
          }
        },
        check: (_status, body) => productListProblem(cartBody(body), fixture.expectNegotiated),
      }
    default:
      throw new Error(`unknown scenario ${key}`)
  }
}

/** A listing must hold 20 products with computed prices; a company buyer must see the company's price. */
function productListProblem(body, expectNegotiated) {
  const products = body?.products
  if (!Array.isArray(products) || products.length !== 20) return "not 20 products in the response"
  const price = products[0]?.variants?.[0]?.calculated_price
  if (!price || price.calculated_amount === undefined) return "no calculated price in the response"
  if (expectNegotiated && !price.price_list_id && price.calculated_price?.price_list_type !== "override") {
    return "the buyer did not get the company's negotiated price"
  }
  return null
}

/** After the add rounds: the carts' lines, ordered so that consecutive updates hit different carts. */
export async function collectLines(fixture) {
  const perCart = await inParallel(fixture.carts, 4, async (cart) =>
    (await fixture.client.cartLines(cart.token, cart.id)).map((line) => ({ ...line, cart }))
  )
  const lines = []
  for (let depth = 0; perCart.some((ls) => ls.length > depth); depth++) {
    for (const cartLines of perCart) if (cartLines[depth]) lines.push(cartLines[depth])
  }
  fixture.lines = lines
  return lines.length
}

/** Shipping method and payment session on as many carts as the complete rounds use (one request each). */
export async function prepareCheckouts(fixture, plan) {
  const needed = Math.min(fixture.carts.length, totalFor(plan, "complete"))
  const carts = fixture.carts.slice(0, needed)
  await inParallel(carts, 4, (cart) => fixture.client.prepareCheckout(cart.token, cart.id, fixture.seed.shipping_option_id))
  fixture.checkoutCarts = carts
  return carts.length
}
