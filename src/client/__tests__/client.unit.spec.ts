// The storefront client covers the plugin's store API: every store route file and HTTP method it exports
// has a client method calling it, and no client method calls a route that does not exist.
import fs from "node:fs"
import path from "node:path"
import type Medusa from "@medusajs/js-sdk"
import { createB2BClient } from ".."

const STORE_API = path.resolve(__dirname, "../../api/store")
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const

/** `GET /store/carts/:param/b2b-check` for every exported method of every `route.ts` under src/api/store. */
function serverRoutes(dir = STORE_API): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return serverRoutes(full)
    if (entry.name !== "route.ts") return []
    const code = fs.readFileSync(full, "utf8")
    const routePath =
      "/store" +
      path
        .relative(STORE_API, path.dirname(full))
        .split(path.sep)
        .map((segment) => (/^\[.+\]$/.test(segment) ? ":param" : segment))
        .map((segment) => `/${segment}`)
        .join("")
    return METHODS.filter((method) =>
      new RegExp(`export\\s+(const|async\\s+function|function)\\s+${method}\\b`).test(code)
    ).map((method) => `${method} ${routePath}`)
  })
}

type Call = { path: string; method: string; query?: unknown; body?: unknown; headers?: unknown }

/** A js-sdk stand-in that records what the client asks for. */
function recordingSdk() {
  const calls: Call[] = []
  const sdk = {
    client: {
      fetch: async (input: string, init: { method?: string; query?: unknown; body?: unknown; headers?: unknown } = {}) => {
        calls.push({ path: input, method: init.method ?? "GET", query: init.query, body: init.body, headers: init.headers })
        return { text: async () => "csv" }
      },
    },
  }
  return { sdk: sdk as unknown as Medusa, calls }
}

type Leaf = { name: string; call: (...args: unknown[]) => Promise<unknown> }

function leaves(node: Record<string, unknown>, prefix = ""): Leaf[] {
  return Object.entries(node).flatMap(([key, value]) => {
    const name = prefix ? `${prefix}.${key}` : key
    if (typeof value === "function") return [{ name, call: value as Leaf["call"] }]
    return leaves(value as Record<string, unknown>, name)
  })
}

/** Calls every client method with placeholder arguments and returns the route each one called. */
async function clientRoutes(): Promise<Map<string, string>> {
  const { sdk, calls } = recordingSdk()
  const client = createB2BClient(sdk)
  const called = new Map<string, string>()
  for (const leaf of leaves(client)) {
    const before = calls.length
    // path parameters come first in every method; a body or query taking a placeholder is harmless here
    await leaf.call("__arg1__", "__arg2__")
    expect(calls.length).toBe(before + 1)
    const { method, path: calledPath } = calls[before]
    called.set(leaf.name, `${method} ${calledPath.replace(/__arg\d__/g, ":param")}`)
  }
  return called
}

describe("the storefront client", () => {
  it("has a method for every store route of the plugin", async () => {
    const routes = serverRoutes()
    // the discovery itself finds the routes (a broken walk would pass vacuously)
    expect(routes).toEqual(
      expect.arrayContaining(["GET /store/companies/me", "GET /store/carts/:param/b2b-check", "DELETE /store/companies/me/employees/:param"])
    )
    const called = new Set((await clientRoutes()).values())
    expect(routes.filter((route) => !called.has(route))).toEqual([])
  })

  it("calls no route the server does not have", async () => {
    const routes = new Set(serverRoutes())
    const strays = [...(await clientRoutes()).entries()]
      .filter(([, route]) => !routes.has(route))
      .map(([name, route]) => `${name}: ${route}`)
    expect(strays).toEqual([])
  })

  it("sends ids in the path, bodies and queries as given", async () => {
    const { sdk, calls } = recordingSdk()
    const b2b = createB2BClient(sdk)
    await b2b.employees.update("emp/1", { role: "viewer" })
    await b2b.quantityRules.list("variant_1")
    await b2b.prices.list({ q: "bolt", limit: 10 })
    await b2b.cart.check("cart_1", { "x-publishable-api-key": "pk_1" })
    expect(calls).toEqual([
      { path: "/store/companies/me/employees/emp%2F1", method: "POST", body: { role: "viewer" }, query: undefined, headers: undefined },
      { path: "/store/quantity-rules", method: "GET", query: { variant_id: ["variant_1"] }, body: undefined, headers: undefined },
      { path: "/store/companies/me/prices", method: "GET", query: { q: "bolt", limit: 10 }, body: undefined, headers: undefined },
      { path: "/store/carts/cart_1/b2b-check", method: "GET", headers: { "x-publishable-api-key": "pk_1" }, body: undefined, query: undefined },
    ])
  })

  it("returns the price sheet as CSV text, asking for CSV", async () => {
    const { sdk, calls } = recordingSdk()
    expect(await createB2BClient(sdk).prices.exportCsv()).toBe("csv")
    expect(calls[0]).toMatchObject({ path: "/store/companies/me/prices", query: { format: "csv" }, headers: { accept: "text/csv" } })
  })
})
