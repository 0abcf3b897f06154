// `npm run bench [-- --quick] [-- --keep] [-- --profile] [-- --no-jit] [-- --two-part-price-query]`:
// what the wholesale plugin costs on the store's hot path, measured against plain Medusa on the same
// machine, PostgreSQL server and catalog.
// A = this repository's app with the plugin; B = plain Medusa with no plugin code. Both are built with
// `medusa build` and run with `medusa start` (production mode, admin off, same settings), each on a
// fresh database; rounds alternate between them so that machine drift cancels out of the ratios.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { dropDatabases, ensureDatabase, findPostgres, projectRoot, withServerClient } from "../scripts/db.mjs"
import { BENCH_DIR, buildApp, prepareProject } from "./lib/apps.mjs"
import { freePort, runLogged, startLogged, stopAllChildren, stopChild } from "../scripts/lib/processes.mjs"
import { runRound, summariseRounds } from "./lib/load.mjs"
import { CONCURRENCY, PLANS, SCENARIOS, collectLines, prepareCheckouts, prepareFixture, scenarioDriver } from "./lib/scenarios.mjs"
import { runPriceImport, writePriceSheet } from "./lib/price-import.mjs"
import { comparisonRow, machine, markdownTable, problemLines, writeResults } from "./lib/report.mjs"
import { appClient, inParallel, waitForHealth } from "./lib/store-client.mjs"

const args = new Set(process.argv.slice(2))
const mode = args.has("--quick") ? "quick" : "full"
const keep = args.has("--keep")
const profile = args.has("--profile")
// PostgreSQL's JIT compiler off on both databases, as many OLTP deployments run it (an experiment, not the reference).
const noJit = args.has("--no-jit")
// Medusa's price query in two index-driven parts, preloaded into both servers: what listing would cost
// with the query fixed in Medusa (an experiment; see bench/experiments/two-part-price-query.cjs).
const twoPartPriceQuery = args.has("--two-part-price-query")
const plan = PLANS[mode]
const medusaCli = path.join(projectRoot, "node_modules", "@medusajs", "cli", "cli.js")
const medusaVersion = JSON.parse(fs.readFileSync(path.join(projectRoot, "node_modules/@medusajs/medusa/package.json"), "utf8")).version
const RESULTS_DIR = path.join(projectRoot, "bench", "results")

const began = Date.now()
const say = (message) => console.log(`[bench ${((Date.now() - began) / 1000).toFixed(0).padStart(4)} s] ${message}`)
const databases = []
let pgServer
let cleaning
let interrupted = false

async function dropBenchDatabases() {
  if (keep || !pgServer) return
  await dropDatabases(pgServer, databases.splice(0))
}

/** Stops every server and drops the databases, once, whoever asks first (the end, a failure, Ctrl-C). */
function cleanUp() {
  cleaning ??= (async () => {
    await stopAllChildren()
    await dropBenchDatabases().catch((error) => console.error(`[bench] could not drop the databases: ${error.message}`))
    await pgServer?.stop?.().catch(() => {})
  })()
  return cleaning
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    if (interrupted) return
    interrupted = true
    console.error(`\n[bench] ${signal}: stopping the servers${keep ? "" : " and dropping the databases"}…`)
    await cleanUp()
    process.exit(130)
  })
}

function appEnv(databaseUrl, extra = {}) {
  const env = { ...process.env }
  for (const key of ["DATABASE_URL", "PORT", "NODE_OPTIONS"]) delete env[key]
  return {
    ...env,
    ...(databaseUrl && { DATABASE_URL: databaseUrl }),
    NODE_ENV: "production",
    LOG_LEVEL: "error",
    MEDUSA_ADMIN_DISABLED: "true",
    MEDUSA_DISABLE_TELEMETRY: "true",
    MEDUSA_WORKER_MODE: "shared",
    ...extra,
  }
}

/** Applies the run's database settings to one database, before any server connects to it. */
async function configureDatabase(databaseName) {
  if (!noJit) return
  await withServerClient(pgServer, (client) => client.query(`alter database "${databaseName}" set jit = off`))
}

/** Planner statistics as a running store has them: autovacuum may be off, or behind, on a fresh database. */
async function analyze(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query("analyze")
  } finally {
    await client.end()
  }
}

/** Migrates and seeds one app's fresh database; the wholesale seed runs from the repository root. */
async function migrateAndSeed(app) {
  const logFile = path.join(BENCH_DIR, `${app.name}-setup.log`)
  fs.writeFileSync(logFile, "")
  const cwd = app.name === "wholesale" ? projectRoot : app.project.dir
  const env = appEnv(app.databaseUrl, { LOG_LEVEL: "info", BENCH_SEED_OUT: app.seedFile })
  let started = Date.now()
  await runLogged(process.execPath, [medusaCli, "db:migrate"], { cwd, env, logFile })
  say(`${app.name}: migrated (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  started = Date.now()
  await runLogged(process.execPath, [medusaCli, "exec", path.join(projectRoot, "bench", "seed", `${app.name}.ts`)], { cwd, env, logFile })
  await analyze(app.databaseUrl)
  app.seed = JSON.parse(fs.readFileSync(app.seedFile, "utf8"))
  say(`${app.name}: seeded (${((Date.now() - started) / 1000).toFixed(1)} s)`)
}

async function startServer(app) {
  const port = await freePort()
  app.baseUrl = `http://localhost:${port}`
  app.logFile = path.join(BENCH_DIR, `${app.name}-server.log`)
  const execArgv = [
    ...(profile && app.name === "wholesale" ? ["--cpu-prof", `--cpu-prof-dir=${path.join(BENCH_DIR, "profiles")}`] : []),
    ...(twoPartPriceQuery ? ["--require", path.join(projectRoot, "bench", "experiments", "two-part-price-query.cjs")] : []),
  ]
  app.child = startLogged(process.execPath, [medusaCli, "start"], {
    cwd: app.project.serverDir,
    env: appEnv(app.databaseUrl, { PORT: String(port) }),
    logFile: app.logFile,
    execArgv,
  })
  const bootMs = await waitForHealth(app.baseUrl, app.child, 180_000, app.logFile)
  say(`${app.name}: medusa start ready on :${port} in ${(bootMs / 1000).toFixed(1)} s (pid ${app.child.pid})`)
}

async function measureScenario(scenario, apps) {
  const drivers = new Map(apps.map((app) => [app.name, scenarioDriver(scenario.key, app.fixture)]))
  const round = (app, connections, amount) =>
    runRound({ baseUrl: app.baseUrl, connections, amount, ...drivers.get(app.name) })
  for (const app of apps) {
    const warm = await round(app, Math.min(4, plan.warmup), plan.warmup)
    if (warm.failed) say(`  warm-up ${app.name}: ${warm.failed} failed — ${JSON.stringify(warm.problems)}`)
  }
  const rounds = new Map()
  for (let rep = 0; rep < plan.rounds; rep++) {
    // A B, then B A: each app goes first equally often.
    const order = rep % 2 === 0 ? apps : [...apps].reverse()
    for (const connections of CONCURRENCY) {
      for (const app of order) {
        const key = `${app.name}:${connections}`
        const result = await round(app, connections, plan.amounts[scenario.key][connections])
        rounds.set(key, [...(rounds.get(key) ?? []), result])
      }
    }
  }
  return CONCURRENCY.map((connections) => {
    const [a, b] = apps.map((app) => summariseRounds(rounds.get(`${app.name}:${connections}`)))
    const row = comparisonRow(scenario, connections, a, b)
    say(
      `  ${scenario.title} c=${connections}: A ${a.p50?.toFixed(1)}/${a.p95?.toFixed(1)} ms, ` +
        `B ${b.p50?.toFixed(1)}/${b.p95?.toFixed(1)} ms, ratio ${row.ratio_p50?.toFixed(2)}/${row.ratio_p95?.toFixed(2)}` +
        (row.errors ? `, ${row.errors} errors` : "")
    )
    return row
  })
}

async function main() {
  fs.mkdirSync(BENCH_DIR, { recursive: true })
  const startedAt = new Date().toISOString()
  const loadBefore = os.loadavg()
  say(`mode ${mode}: ${plan.rounds} rounds per app and concurrency, alternating A/B, after a warm-up`)
  pgServer = await findPostgres({ log: (m) => say(`[db] ${m}`) })
  say(`database server: ${pgServer.source}`)

  const stamp = `${Date.now().toString(36)}_${process.pid}`
  const apps = ["wholesale", "baseline"].map((name) => ({
    name,
    database: `bench_${name}_${stamp}`,
    seedFile: path.join(BENCH_DIR, `${name}-seed.json`),
  }))
  for (const app of apps) {
    await ensureDatabase(pgServer, app.database)
    databases.push(app.database)
    await configureDatabase(app.database)
    app.databaseUrl = pgServer.urlFor(app.database)
    app.project = prepareProject(app.name)
  }
  say(`databases ${apps.map((a) => a.database).join(", ")} created`)

  // Per app, build and database setup run side by side, then its server starts from the build and its
  // carts are opened; the two apps' pipelines run at the same time. Nothing is timed until both are ready.
  const buildEnv = appEnv(undefined)
  await Promise.all(
    apps.map(async (app) => {
      await Promise.all([buildApp(app.project, { env: buildEnv, log: say }), migrateAndSeed(app)])
      await startServer(app)
      app.fixture = await prepareFixture(app, plan, say)
      app.fixture.expectNegotiated = app.name === "wholesale"
    })
  )
  const [wholesale] = apps
  say(
    `A holds ${wholesale.seed.companies} companies, ${wholesale.seed.price_rows.toLocaleString("en")} negotiated prices, ` +
      `${wholesale.seed.quantity_rules} quantity rules; both hold ${wholesale.seed.products.length} products × 4 variants, ${wholesale.seed.buyers.length} buyers`
  )

  const rows = []
  for (const scenario of SCENARIOS) {
    if (scenario.key === "update") {
      const counts = await Promise.all(apps.map((app) => collectLines(app.fixture)))
      say(`cart lines to update: ${counts.join(" / ")}`)
    }
    if (scenario.key === "complete") {
      const started = Date.now()
      const counts = await Promise.all(apps.map((app) => prepareCheckouts(app.fixture, plan)))
      say(`carts ready for checkout: ${counts.join(" / ")} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
    }
    say(`${scenario.title} (${scenario.route})`)
    rows.push(...(await measureScenario(scenario, apps)))
  }

  say("CSV import into one company (A only)")
  const sheet = path.join(BENCH_DIR, "price-sheet.csv")
  const sheetRows = writePriceSheet(sheet, wholesale.seed.products.flatMap((p) => p.variants), plan.importTiers)
  const adminToken = await appClient(wholesale.baseUrl).loginAdmin(wholesale.seed.admin.email, wholesale.seed.admin.password)
  const importResult = await runPriceImport({
    baseUrl: wholesale.baseUrl,
    adminToken,
    companyId: wholesale.seed.import_company_id,
    file: sheet,
    rows: sheetRows,
    pid: wholesale.child.pid,
  })
  say(
    `  import: ${(importResult.wall_ms / 1000).toFixed(1)} s, RSS +${importResult.rss_growth_mb.toFixed(0)} MB` +
      (importResult.problem ? ` — ${importResult.problem}` : "")
  )

  await Promise.all(apps.map((app) => stopChild(app.child)))
  const errors = rows.reduce((sum, row) => sum + row.errors, 0) + (importResult.problem ? 1 : 0)
  const table = markdownTable(rows, importResult)
  const problems = problemLines(rows, importResult)
  const result = {
    started_at: startedAt,
    mode,
    // A run that changes what is measured (a profiler on server A) never becomes "latest".
    experiments: [
      ...(profile ? ["profile"] : []),
      ...(noJit ? ["no-jit"] : []),
      ...(twoPartPriceQuery ? ["two-part-price-query"] : []),
    ],
    duration_s: (Date.now() - began) / 1000,
    machine: { ...machine(), load_average_before: loadBefore, load_average_after: os.loadavg() },
    medusa: medusaVersion,
    database_server: pgServer.source,
    apps: {
      A: "this repository's app with the plugin (medusa build + medusa start)",
      B: "plain Medusa, no plugin code, generated config with no modules (medusa build + medusa start)",
    },
    data: {
      products: wholesale.seed.products.length,
      variants: wholesale.seed.products.reduce((n, p) => n + p.variants.length, 0),
      buyers: wholesale.seed.buyers.length,
      companies_A: wholesale.seed.companies,
      negotiated_prices_A: wholesale.seed.price_rows,
      quantity_rules_A: wholesale.seed.quantity_rules,
      seed_timings_ms_A: wholesale.seed.timings_ms,
    },
    plan,
    errors,
    rows,
    import: importResult,
    problems,
    table_markdown: table,
  }
  const file = writeResults(RESULTS_DIR, result)

  console.log("")
  if (profile) console.log("Server A ran under the CPU profiler: its times are inflated, this run is not the reference.\n")
  if (noJit) console.log("Both databases ran with jit = off: an experiment, not the reference.\n")
  if (twoPartPriceQuery) console.log("Both servers ran Medusa's price query in two parts: an experiment, not the reference.\n")
  if (errors) console.log(`**This run had ${errors} failed request(s); see the errors column and the list below.**\n`)
  console.log(table)
  if (problems.length) console.log(`\n${problems.join("\n")}`)
  const m = result.machine
  console.log(
    `\n${m.cpu_count} × ${m.cpu_model}, Node ${m.node}, Medusa ${medusaVersion}, ${pgServer.source}; ` +
      `mode ${mode}; load average ${loadBefore[0].toFixed(1)} before, ${m.load_average_after[0].toFixed(1)} after; ` +
      `${result.duration_s.toFixed(0)} s in all`
  )
  console.log(`results: ${path.relative(projectRoot, file)}`)
  if (profile) {
    const dir = path.relative(projectRoot, path.join(BENCH_DIR, "profiles"))
    console.log(`CPU profile of server A in ${dir}/; summarise it with: node bench/profile-summary.mjs ${dir}/<file> --from <function>`)
  }
  if (keep) console.log(`databases kept: ${apps.map((a) => a.database).join(", ")}`)
}

try {
  await main()
  await cleanUp()
} catch (error) {
  // After Ctrl-C the servers were stopped on purpose; the signal handler finishes and exits.
  if (!interrupted) console.error(`\n[bench] failed: ${error.stack ?? error.message}`)
  await cleanUp()
  process.exit(interrupted ? 130 : 1)
}
