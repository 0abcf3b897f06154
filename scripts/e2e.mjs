// `npm run test:e2e`: the admin in a real browser against a real server. Creates a fresh database
// (PostgreSQL found like the tests find it), migrates it, creates an admin user, starts
// `medusa develop` on a free port, seeds customers over HTTP, then runs the named steps of every
// integration-tests/e2e/*.e2e.mjs in headless Chromium. Screenshots and the server log go to
// .medusa/e2e/artifacts/: outside what a `medusa develop` of this project watches, so a run never
// restarts a dev server (say, `npm run demo`) running from the same checkout.
//
// A scenario file exports `name`, `steps` (a list of `{ name, run(ctx) }`, run in order; after a
// failed step the rest of that file is skipped) and optionally `seed(ctx)`, run before its steps.
// ctx: `page` (logged in as the admin), `screenshot(name)`, `api` (admin HTTP: get/post/delete),
// `seed` ({ publishableKey, buyer, retailCustomer }), `state` (shared between steps), `run` (unique
// per run, for names), `origin`, `admin`. A step fails on a thrown error, an uncaught page error, a
// console error from the plugin's admin code, or a 5xx from the plugin's admin routes.
//
// `npm run test:e2e -- <word>` runs only the scenario files whose name contains the word;
// E2E_KEEP=true leaves the app running afterwards (Ctrl-C stops it); E2E_ORIGIN=http://localhost:9000
// runs the steps against an app that is already running (its admin user must be the one below).
import fs from "node:fs"
import path from "node:path"
import { pathToFileURL } from "node:url"
import { dropDatabases, ensureDatabase, findPostgres, projectRoot } from "./db.mjs"
import { startApp } from "../integration-tests/e2e/support/app.mjs"
import { adminApi, ensurePublishableKey, registerCustomer } from "../integration-tests/e2e/support/api.mjs"
import { launchBrowser } from "../integration-tests/e2e/support/browser.mjs"
import { logIn } from "../integration-tests/e2e/support/steps.mjs"

const E2E_DIR = path.join(projectRoot, "integration-tests/e2e")
const ARTIFACTS = path.join(projectRoot, ".medusa", "e2e", "artifacts")
const ADMIN = { email: "admin@wholesale.test", password: "supersecret" }
const only = process.argv.slice(2).find((arg) => !arg.startsWith("-"))
const keep = process.env.E2E_KEEP === "true"
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`
const say = (message) => console.log(`[e2e] ${message}`)

const results = []
const record = (name, status, detail) => {
  results.push({ name, status })
  const mark = { passed: "✓", failed: "✗", skipped: "-" }[status]
  console.log(`  ${mark} ${name}${detail ? ` (${detail})` : ""}`)
}

async function loadScenarios() {
  const files = fs
    .readdirSync(E2E_DIR)
    .filter((file) => file.endsWith(".e2e.mjs") && (!only || file.includes(only)))
    .sort((a, b) => (a === "admin.e2e.mjs" ? -1 : b === "admin.e2e.mjs" ? 1 : a.localeCompare(b)))
  if (!files.length) {
    throw new Error(`no scenario file in ${path.relative(projectRoot, E2E_DIR)} matches "${only}"`)
  }
  return Promise.all(
    files.map(async (file) => ({ file, ...(await import(pathToFileURL(path.join(E2E_DIR, file)).href)) }))
  )
}

/** Runs one step; it fails on a thrown error and on any page error seen while it ran. */
async function runStep(step, ctx) {
  const started = Date.now()
  try {
    await step.run(ctx)
    const problems = ctx.takeProblems()
    if (problems.length) {
      throw new Error(problems.join("\n"))
    }
    record(step.name, "passed", seconds(started))
    return true
  } catch (error) {
    record(step.name, "failed", seconds(started))
    console.log(`      ${String(error instanceof Error ? error.message : error).split("\n").join("\n      ")}`)
    for (const problem of ctx.takeProblems()) {
      console.log(`      ${problem}`)
    }
    await ctx.screenshot(`failed ${step.name}`).catch(() => {})
    return false
  }
}

let database
let app
let stopApp
let browser
let db
let stopping = false

async function stopEverything() {
  if (stopping) return
  stopping = true
  await browser?.close().catch(() => {})
  await stopApp?.().catch((e) => say(`stopping the server: ${e.message}`))
  if (db && database) {
    await dropDatabases(db, [database]).catch((e) => say(`dropping ${database}: ${e.message}`))
  }
  await db?.stop?.().catch(() => {})
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, async () => {
    say(`${signal}: stopping`)
    await stopEverything()
    process.exit(keep && results.every((r) => r.status === "passed") ? 0 : 1)
  })
}

const startedAt = Date.now()
try {
  const scenarios = await loadScenarios()
  fs.rmSync(ARTIFACTS, { recursive: true, force: true })
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  if (process.env.E2E_ORIGIN) {
    app = { origin: process.env.E2E_ORIGIN.replace(/\/$/, "") }
    say(`using the app running on ${app.origin}`)
  } else {
    db = await findPostgres({ log: (m) => say(`[db] ${m}`) })
    database = `b2b_e2e_${Date.now()}`
    await ensureDatabase(db, database)
    say(`database ${database} on ${db.source}`)
    app = await startApp({
      root: projectRoot,
      databaseUrl: db.urlFor(database),
      admin: ADMIN,
      logFile: path.join(ARTIFACTS, "server.log"),
      say,
      onStop: (stop) => {
        stopApp = stop
      },
    })
  }

  const api = await adminApi(app.origin, ADMIN)
  // Unique per run, so the steps also run against an app that has seen earlier runs.
  const run = Date.now().toString(36)
  const { publishableKey } = await ensurePublishableKey(api)
  const seed = {
    publishableKey,
    buyer: await registerCustomer(app.origin, publishableKey, {
      email: `anna.buyer.${run}@nordwind.example`,
      password: "supersecret",
      first_name: "Anna",
      last_name: "Berger",
    }),
    retailCustomer: await registerCustomer(app.origin, publishableKey, {
      email: `walk.in.${run}@example.com`,
      password: "supersecret",
      first_name: "Walk",
      last_name: "In",
    }),
  }
  say(`seeded customers ${seed.buyer.email} and ${seed.retailCustomer.email}`)

  browser = await launchBrowser({ origin: app.origin, artifactsDir: ARTIFACTS })
  const ctx = { ...browser, origin: app.origin, admin: ADMIN, api, seed, run, state: {} }

  console.log("\nadmin")
  const loggedIn = await runStep(logIn, ctx)
  for (const scenario of scenarios) {
    console.log(`\n${scenario.name ?? scenario.file}`)
    let ok = loggedIn
    if (ok && typeof scenario.seed === "function") {
      ok = await runStep({ name: "seed", run: (c) => scenario.seed(c) }, ctx)
    }
    for (const step of scenario.steps ?? []) {
      if (!ok) {
        record(step.name, "skipped")
        continue
      }
      ok = await runStep(step, ctx)
    }
  }
  const foreign = browser.foreignErrors()
  if (foreign.length) {
    say(`console errors from Medusa's own admin (not failed on): ${[...new Set(foreign)].slice(0, 5).join(" | ")}`)
  }
  if (keep) {
    say(`E2E_KEEP: the app stays up on ${app.origin}/app (admin ${ADMIN.email} / ${ADMIN.password}); Ctrl-C stops it`)
    await new Promise(() => {})
  }
} catch (error) {
  record("setup", "failed")
  console.log(`      ${String(error instanceof Error ? error.stack ?? error.message : error).split("\n").join("\n      ")}`)
} finally {
  await stopEverything()
}

const passed = results.filter((r) => r.status === "passed").length
const failed = results.filter((r) => r.status === "failed").length
const skipped = results.filter((r) => r.status === "skipped").length
console.log(`\n[e2e] took ${seconds(startedAt)}; screenshots in ${path.relative(projectRoot, ARTIFACTS)}/`)
if (skipped) console.log(`${skipped} skipped after an earlier failure`)
console.log(`${passed} passed, ${failed + skipped} failed`)
process.exit(failed + skipped > 0 || passed === 0 ? 1 : 0)
