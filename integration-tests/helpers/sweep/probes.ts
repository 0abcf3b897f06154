// The classes of bad input every route is sent, and one plain request per route: each probe builds the
// raw request for a route, or null when the class does not apply (e.g. a path NUL on a route without ids).
import type { DiscoveredRoute } from "./routes"
import { pathWithIds, type SweepFixture } from "./fixture"

export type Probe = {
  name: string
  /** Whether a 2xx answer to a store caller is walked against the route's allow-list. */
  readsFields?: boolean
  build: (route: DiscoveredRoute, fixture: SweepFixture) => { path: string; headers?: Record<string, string>; body?: string } | null
}

const NUL = "\u0000"
const json = (value: unknown) => ({ headers: { "content-type": "application/json" }, body: JSON.stringify(value) })
const hasBody = (route: DiscoveredRoute) => route.method !== "GET" && route.method !== "DELETE"

const queryProbe = (name: string, query: string, readsFields = false): Probe => ({
  name,
  readsFields,
  build: (route, f) => ({ path: `${pathWithIds(route.path, f.ids)}?${query}`, ...(hasBody(route) ? json({}) : {}) }),
})

const bodyProbe = (name: string, body: (f: SweepFixture) => unknown): Probe => ({
  name,
  build: (route, f) => (hasBody(route) ? { path: pathWithIds(route.path, f.ids), ...json(body(f)) } : null),
})

const rawBodyProbe = (name: string, contentType: string, body: string): Probe => ({
  name,
  build: (route, f) => (hasBody(route) ? { path: pathWithIds(route.path, f.ids), headers: { "content-type": contentType }, body } : null),
})

const nested = (depth: number): unknown => (depth === 0 ? "leaf" : { a: nested(depth - 1) })
const deepArray = (depth: number): unknown => (depth === 0 ? 1 : [deepArray(depth - 1)])

// Integers past PostgreSQL's integer and bigint, and a number no column holds.
const HUGE_NUMBERS = [2147483648, 1e308]

const numericShapes = (x: number, f: SweepFixture): [string, unknown][] => [
  ["percent", { percent: x }],
  ["quantity_rule", { variant_id: f.ids.variant, min_quantity: x, increment: x, max_quantity: x }],
  ["quantity_rule_batch", { create: [{ variant_id: f.ids.variant, min_quantity: x, increment: 1 }], update: [{ id: f.ids.quantity_rule, min_quantity: x }] }],
  ["price_tier", { create: [{ variant_id: f.ids.variant, currency_code: "eur", amount: x, min_quantity: x, max_quantity: x }] }],
  ["spending_limit", { spending_limit: x }],
  ["min_order_amount", { min_order_amount: x }],
  ["csv", { csv: `sku,currency_code,amount,min_quantity,max_quantity\nSWEEP-BOLT,eur,${x},${x},\n` }],
]

const NUL_FIELDS = ["name", "email", "variant_id", "product_id", "company_id", "customer_id", "sku", "unit", "notes", "phone", "legal_name"]

export const PLAIN: Probe = {
  name: "plain",
  readsFields: true,
  build: (route, f) => ({ path: pathWithIds(route.path, f.ids), ...(hasBody(route) ? json({}) : {}) }),
}

export const PROBES: Probe[] = [
  PLAIN,
  {
    name: "nul in path id",
    build: (route, f) => (route.params.length ? { path: pathWithIds(route.path, f.ids, "id%00x"), ...(hasBody(route) ? json({}) : {}) } : null),
  },
  queryProbe("nul in query value", "q=a%00b&variant_id=v%00&company_id=c%00&product_id=p%00&role=r%00&status=s%00&format=json%00"),
  queryProbe("nul in query key", "a%00b=1"),
  queryProbe("nul in fields", "fields=id%00"),
  queryProbe("unknown order", "order=no_such_field"),
  queryProbe("unknown descending order", "order=-no_such_field"),
  queryProbe("order through a relation", "order=company.notes"),
  queryProbe("negative limit", "limit=-1"),
  queryProbe("negative offset", "offset=-5"),
  queryProbe("huge limit", "limit=99999999999999999999"),
  queryProbe("huge offset", "offset=1e308"),
  queryProbe("limit not a number", "limit=abc&offset=xyz"),
  queryProbe("fields: notes", "fields=notes", true),
  queryProbe("fields: metadata", "fields=%2Bmetadata", true),
  queryProbe("fields: company notes", "fields=company.notes,%2Bcompany.metadata", true),
  queryProbe("fields: customer addresses", "fields=*customer.addresses,%2Bcustomer.phone", true),
  queryProbe("fields: customer", "fields=*customer", true),
  queryProbe("fields: carts", "fields=carts,*company.carts,%2Bcompany.carts.id", true),
  queryProbe("fields: employees of the company", "fields=*company.employees,%2Bcompany.employees.customer.phone", true),
  queryProbe("fields: everything", "fields=*", true),
  queryProbe("fields: items", "fields=*items,%2Bcustomer.addresses.phone", true),
  ...NUL_FIELDS.map((field) => bodyProbe(`nul in json string ${field}`, () => ({ [field]: `a${NUL}b` }))),
  bodyProbe("nul in a nested json string", (f) => ({ create: [{ variant_id: `v${NUL}`, sku: `s${NUL}`, currency_code: "eur", amount: 1 }], metadata: { note: `x${NUL}` } })),
  bodyProbe("nul in a json key", () => ({ [`na${NUL}me`]: "x" })),
  bodyProbe("nul in a nested json key", () => ({ metadata: { [`k${NUL}`]: "v" } })),
  bodyProbe("nul in csv cell", () => ({ csv: `sku,currency_code,amount\nSWEEP${NUL}BOLT,eur,5\n` })),
  ...HUGE_NUMBERS.flatMap((x) => ["percent", "quantity_rule", "quantity_rule_batch", "price_tier", "spending_limit", "min_order_amount", "csv"].map((shape) =>
    bodyProbe(`${x} in ${shape}`, (f) => numericShapes(x, f).find(([name]) => name === shape)![1])
  )),
  bodyProbe("negative and fractional numbers", (f) => ({ variant_id: f.ids.variant, min_quantity: -1, increment: 0.5, percent: -3, spending_limit: -1 })),
  bodyProbe("deep nesting", () => ({ metadata: nested(200) })),
  bodyProbe("deep array nesting", () => ({ create: deepArray(200) })),
  rawBodyProbe("malformed json", "application/json", '{"name": "x", '),
  rawBodyProbe("multipart without boundary", "multipart/form-data", "--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc\r\n--x--\r\n"),
  rawBodyProbe("multipart with a bad boundary", "multipart/form-data; boundary=zz", "not multipart at all"),
  rawBodyProbe("wrong content type", "text/plain", "hello"),
  rawBodyProbe("xml body", "application/xml", "<a>1</a>"),
  rawBodyProbe("csv body with nul", "text/csv", `sku,currency_code,amount\nSWEEP-BOLT${NUL},eur,5\n`),
]

/** What a server reads before it knows the caller: the path, the query string and the body's syntax. */
export const PRE_AUTH_PROBES: Probe[] = PROBES.filter((probe) =>
  ["nul in path id", "nul in query key", "nul in json string name", "deep nesting", "malformed json", "multipart without boundary"].includes(probe.name)
)
