// `npm run bench:key-clients [-- --keep] [-- --companies=N] [-- --orders=N]`: how long the key-clients ranking
// takes on a large store. A fresh database gets Medusa's and the plugin's schema (`medusa db:migrate`), then
// 10,000 companies and 1,000,000 orders with their summaries and company links, written directly in SQL
// (generate_series); the ranking's own statement (src/queries/key-clients.ts) is then timed in PostgreSQL.
// It is a benchmark, not a test: it reports figures, nothing asserts a time.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { createRequire } from "node:module"
import pg from "pg"
import { dropDatabases, ensureDatabase, findPostgres, projectRoot } from "../scripts/db.mjs"
import { runLogged } from "../scripts/lib/processes.mjs"
import { machine } from "./lib/report.mjs"

const require = createRequire(import.meta.url)
const args = process.argv.slice(2)
const option = (name, fallback) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback)
const keep = args.includes("--keep")
const COMPANIES = option("companies", 10_000)
const ORDERS = option("orders", 1_000_000)
const RUNS = option("runs", 20)
const RESULTS_DIR = path.join(projectRoot, "bench", "results")
const LOG_DIR = path.join(projectRoot, ".medusa", "bench")
const began = Date.now()
const say = (message) => console.log(`[bench ${((Date.now() - began) / 1000).toFixed(0).padStart(4)} s] ${message}`)

/** The ranking's statement, compiled from the plugin's TypeScript so the bench times exactly what the route runs. */
function loadStatement() {
  const { transformFileSync } = require("@swc/core")
  // TypeScript files required from here on (the query and the rules it imports) are compiled as they load.
  require.extensions[".ts"] = (module, filename) => {
    const { code } = transformFileSync(filename, {
      jsc: { parser: { syntax: "typescript", decorators: true }, target: "es2021" },
      module: { type: "commonjs" },
    })
    module._compile(code, filename)
  }
  return require(path.join(projectRoot, "src", "queries", "key-clients.ts"))
}

/** knex's `:name` bindings as pg's `$n`. */
function positional(sql, bindings) {
  const values = []
  const text = sql.replace(/:(\w+)/g, (match, name) => {
    if (!(name in bindings)) return match
    values.push(bindings[name])
    return `$${values.length}`
  })
  return { text, values }
}

// Order sizes and a skewed spread of orders over companies (a few clients place most orders, as in wholesale).
const SEED_SQL = `
INSERT INTO company (id, name, status, currency_code)
SELECT 'comp_bench_' || lpad(g::text, 6, '0'), 'Bench company ' || g, 'active', 'eur'
FROM generate_series(1, ${COMPANIES}) g;

CREATE TEMP TABLE bench_orders AS
SELECT 'order_bench_' || lpad(g::text, 8, '0') AS id,
       'comp_bench_' || lpad((1 + floor(${COMPANIES} * power(random(), 3)))::int::text, 6, '0') AS company_id,
       CASE WHEN random() < 0.9 THEN 'eur' ELSE 'usd' END AS currency_code,
       CASE WHEN random() < 0.05 THEN 'canceled' ELSE 'completed' END AS status,
       round((20 + random() * 2000)::numeric, 2) AS total,
       now() - (random() * interval '1095 days') AS created_at
FROM generate_series(1, ${ORDERS}) g;

INSERT INTO "order" (id, currency_code, status, version, created_at, updated_at)
SELECT id, currency_code, status::order_status_enum, 1, created_at, created_at FROM bench_orders;

INSERT INTO order_summary (id, order_id, version, totals, created_at, updated_at)
SELECT 'ordsum_' || substr(id, 7), id, 1,
       jsonb_build_object('current_order_total', total, 'raw_current_order_total', jsonb_build_object('value', total::text, 'precision', 20),
                          'original_order_total', total, 'paid_total', 0, 'refunded_total', 0),
       created_at, created_at
FROM bench_orders;

INSERT INTO company_company_order_order (id, company_id, order_id, created_at, updated_at)
SELECT 'compord_' || substr(id, 7), company_id, id, created_at, created_at FROM bench_orders;
`

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

async function timeStatement(client, statement, runs) {
  const { text, values } = positional(statement.sql, statement.bindings)
  for (let i = 0; i < 2; i++) await client.query(text, values)
  const times = []
  let rows = 0
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint()
    const result = await client.query(text, values)
    times.push(Number(process.hrtime.bigint() - started) / 1e6)
    rows = result.rowCount
  }
  times.sort((a, b) => a - b)
  return { p50_ms: +percentile(times, 50).toFixed(1), p95_ms: +percentile(times, 95).toFixed(1), min_ms: +times[0].toFixed(1), rows }
}

async function main() {
  fs.mkdirSync(LOG_DIR, { recursive: true })
  const server = await findPostgres({ log: (m) => say(`[db] ${m}`) })
  const database = `b2b_bench_key_clients_${process.pid}`
  await ensureDatabase(server, database)
  const url = server.urlFor(database)
  let client
  try {
    say(`migrating ${database} on ${server.source}`)
    const logFile = path.join(LOG_DIR, "key-clients-migrate.log")
    await runLogged(process.execPath, [path.join(projectRoot, "node_modules", "@medusajs", "cli", "cli.js"), "db:migrate"], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: "error", NODE_ENV: "development" },
      logFile,
    })
    client = new pg.Client({ connectionString: url })
    await client.connect()
    say(`seeding ${COMPANIES.toLocaleString("en")} companies and ${ORDERS.toLocaleString("en")} orders in SQL`)
    const seeding = Date.now()
    await client.query(SEED_SQL)
    await client.query("ANALYZE")
    const seedSeconds = (Date.now() - seeding) / 1000
    say(`seeded in ${seedSeconds.toFixed(1)} s`)

    const { keyClientsStatement } = loadStatement()
    const to = new Date()
    const from = new Date(to.getTime() - 365 * 86_400_000)
    const period = { from, to, currency_code: "eur" }
    const { rows: [{ id: someCompany }] } = await client.query("SELECT id FROM company ORDER BY id OFFSET $1 LIMIT 1", [Math.floor(COMPANIES / 2)])
    const scenarios = [
      { name: "first page (50), last 12 months", params: { ...period, limit: 50, offset: 0 } },
      { name: "page at offset 5,000, last 12 months", params: { ...period, limit: 50, offset: Math.min(5000, COMPANIES - 1) } },
      { name: "first page (50), all 3 years", params: { ...period, from: new Date(to.getTime() - 1100 * 86_400_000), limit: 50, offset: 0 } },
      { name: "one company's figures, last 12 months", params: { ...period, limit: 1, offset: 0, company_id: someCompany } },
    ]
    const results = []
    for (const scenario of scenarios) {
      const timing = await timeStatement(client, keyClientsStatement(scenario.params), RUNS)
      results.push({ scenario: scenario.name, ...timing })
      say(`${scenario.name}: p50 ${timing.p50_ms} ms, p95 ${timing.p95_ms} ms`)
    }
    const { rows: [version] } = await client.query("SHOW server_version")
    const { rows: [jit] } = await client.query("SHOW jit")
    const result = {
      benchmark: "key-clients",
      at: new Date().toISOString(),
      machine: { ...machine(), load_average: os.loadavg().map((l) => +l.toFixed(2)) },
      postgres: { version: version.server_version, jit: jit.jit, source: server.source },
      data: { companies: COMPANIES, orders: ORDERS, seed_seconds: +seedSeconds.toFixed(1) },
      runs_per_scenario: RUNS,
      results,
    }
    fs.mkdirSync(RESULTS_DIR, { recursive: true })
    const file = path.join(RESULTS_DIR, `key-clients-${result.at.replace(/[:.]/g, "-")}.json`)
    fs.writeFileSync(file, JSON.stringify(result, null, 2) + "\n")
    console.log(`\n| scenario | p50 (ms) | p95 (ms) |\n|---|---:|---:|\n${results.map((r) => `| ${r.scenario} | ${r.p50_ms} | ${r.p95_ms} |`).join("\n")}\n`)
    say(`written to ${path.relative(projectRoot, file)}`)
  } finally {
    await client?.end().catch(() => {})
    if (keep) say(`kept database ${database}`)
    else await dropDatabases(server, [database])
    await server.stop()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
