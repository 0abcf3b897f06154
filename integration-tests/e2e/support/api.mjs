// HTTP access to the app under test, for seeding what the browser scenarios start from.

/** One request; answers `{ status, ok, data }` whatever the status, for checks that expect a refusal. */
export async function request(origin, method, path, { body, headers = {} } = {}) {
  const res = await fetch(`${origin}${path}`, {
    method,
    headers: { accept: "application/json", ...(body ? { "content-type": "application/json" } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  })
  const text = await res.text()
  let data
  try {
    data = text ? JSON.parse(text) : {}
  } catch {
    data = { message: text }
  }
  return { status: res.status, ok: res.ok, data }
}

async function call(origin, method, path, options) {
  const { status, ok, data } = await request(origin, method, path, options)
  if (!ok) {
    throw new Error(`${method} ${path} answered ${status}: ${data.message ?? JSON.stringify(data)}`)
  }
  return data
}

/** An admin API client logged in with the admin's email and password (bearer token). */
export async function adminApi(origin, admin) {
  const { token } = await call(origin, "POST", "/auth/user/emailpass", { body: admin })
  const headers = { authorization: `Bearer ${token}` }
  return {
    get: (path) => call(origin, "GET", path, { headers }),
    post: (path, body) => call(origin, "POST", path, { body: body ?? {}, headers }),
    delete: (path) => call(origin, "DELETE", path, { headers }),
  }
}

/** A publishable key attached to the default sales channel (every /store route needs one). */
export async function ensurePublishableKey(api) {
  const { sales_channels } = await api.get("/admin/sales-channels?limit=1")
  const channel = sales_channels[0] ?? (await api.post("/admin/sales-channels", { name: "Storefront" })).sales_channel
  const { api_key } = await api.post("/admin/api-keys", { title: "Storefront (e2e)", type: "publishable" })
  await api.post(`/admin/api-keys/${api_key.id}/sales-channels`, { add: [channel.id] })
  return { publishableKey: api_key.token, salesChannelId: channel.id }
}

/** A customer who registered through the storefront, as a buyer does. */
export async function registerCustomer(origin, publishableKey, { email, password, first_name, last_name }) {
  const { token } = await call(origin, "POST", "/auth/customer/emailpass/register", { body: { email, password } })
  const { customer } = await call(origin, "POST", "/store/customers", {
    body: { email, first_name, last_name },
    headers: { authorization: `Bearer ${token}`, "x-publishable-api-key": publishableKey },
  })
  return customer
}

/** A registered customer's bearer token, as a storefront gets it at login. */
export async function logInCustomer(origin, { email, password }) {
  const { token } = await call(origin, "POST", "/auth/customer/emailpass", { body: { email, password } })
  return token
}

/** Store API calls as a logged-in buyer; answers `{ status, ok, data }` so refusals can be checked. */
export function storeClient(origin, publishableKey, token) {
  const headers = { "x-publishable-api-key": publishableKey, ...(token ? { authorization: `Bearer ${token}` } : {}) }
  return {
    get: (path) => request(origin, "GET", path, { headers }),
    post: (path, body) => request(origin, "POST", path, { body: body ?? {}, headers }),
  }
}
