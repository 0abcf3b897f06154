// `npm run demo`: a running wholesale demo store in one command, right after `npm ci`.
// Finds PostgreSQL (DATABASE_URL, localhost:5432, else an embedded server), creates and migrates the
// database, seeds the demo data (idempotent), starts `medusa develop` and prints how to use it.
// Ctrl-C stops the server and, when it was started here, the embedded PostgreSQL.
import { spawn } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import path from "node:path"
import { ensureDatabase, findPostgres, projectRoot } from "./db.mjs"
import { printBanner } from "./demo-banner.mjs"

const PORT = Number(process.env.PORT || 9000)
const DEMO_DATABASE = process.env.DEMO_DATABASE || "medusa_b2b_demo"
const SUMMARY_FILE = path.join(projectRoot, ".medusa", "demo-store.json")
const SETUP_LOG = path.join(projectRoot, ".medusa", "demo-setup.log")
const SERVER_LOG = path.join(projectRoot, ".medusa", "demo-server.log")
const HEALTH_TIMEOUT_MS = Number(process.env.DEMO_HEALTH_TIMEOUT_MS || 300_000)
const medusaBin = path.join(projectRoot, "node_modules", ".bin", "medusa")

const say = (message) => console.log(`[demo] ${message}`)
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`

let database
let stopping = false
const running = new Set()

/** An error whose message tells the user what to do (no stack trace needed). */
function fail(message) {
  throw Object.assign(new Error(message), { expected: true })
}

/** Free when nothing accepts connections on it and we can bind it (checked in that order). */
async function portIsFree(port) {
  const answering = await new Promise((resolve) => {
    const socket = net.connect({ port, host: "localhost" })
    socket.setTimeout(1000)
    socket.once("connect", () => (socket.destroy(), resolve(true)))
    socket.once("error", () => resolve(false))
    socket.once("timeout", () => (socket.destroy(), resolve(false)))
  })
  if (answering) return false
  return new Promise((resolve) => {
    const probe = net.createServer()
    probe.once("error", () => resolve(false))
    probe.once("listening", () => probe.close(() => resolve(true)))
    probe.listen(port)
  })
}

/** Upserts our keys in .env (Medusa reads it); other lines a developer added are kept. */
function writeEnvFile(values) {
  const file = path.join(projectRoot, ".env")
  const lines = fs.existsSync(file) ? fs.readFileSync(file, "utf8").split("\n") : []
  const kept = lines.filter((line) => line.trim() && !Object.keys(values).some((k) => line.startsWith(`${k}=`)))
  const ours = Object.entries(values).map(([k, v]) => `${k}=${v}`)
  fs.writeFileSync(file, [...kept, ...ours].join("\n") + "\n")
}

/** Runs a Medusa CLI command with its output in the setup log; shows the log's tail if it fails. */
function runMedusa(args, env, { show } = {}) {
  return new Promise((resolve, reject) => {
    fs.appendFileSync(SETUP_LOG, `\n$ medusa ${args.join(" ")}\n`)
    const child = spawn(medusaBin, args, { cwd: projectRoot, env, stdio: ["ignore", "pipe", "pipe"] })
    running.add(child)
    let output = ""
    const collect = (chunk) => {
      const text = chunk.toString()
      output += text
      fs.appendFileSync(SETUP_LOG, text)
      for (const line of text.split("\n")) if (show?.(line)) console.log(`       ${show(line)}`)
    }
    child.stdout.on("data", collect)
    child.stderr.on("data", collect)
    child.on("exit", (code, signal) => {
      running.delete(child)
      if (code === 0) return resolve()
      if (stopping) return reject(Object.assign(new Error("stopped"), { expected: true }))
      console.error(output.split("\n").slice(-40).join("\n"))
      const log = path.relative(projectRoot, SETUP_LOG)
      reject(Object.assign(new Error(`medusa ${args[0]} failed (${signal ?? `exit ${code}`}); full log: ${log}`), { expected: true }))
    })
  })
}

function portInUseMessage() {
  return (
    `port ${PORT} is already in use (another Medusa server or \`npm run demo\`?). ` +
    `Stop it, or pick another port: PORT=${PORT + 1} npm run demo`
  )
}

/** Ready when our own server said so (not just anything answering on the port) and /health answers 200. */
async function waitForHealth(child) {
  const started = Date.now()
  while (Date.now() - started < HEALTH_TIMEOUT_MS) {
    const log = fs.readFileSync(SERVER_LOG, "utf8")
    if (log.includes("EADDRINUSE")) fail(portInUseMessage())
    if (child.exitCode !== null || child.signalCode !== null) {
      const tail = log.split("\n").slice(-40).join("\n")
      fail(`the server stopped before it was ready. Last lines of ${path.relative(projectRoot, SERVER_LOG)}:\n${tail}`)
    }
    if (!log.includes(`Server is ready on port: ${PORT}`)) {
      await new Promise((r) => setTimeout(r, 500))
      continue
    }
    try {
      const res = await fetch(`http://localhost:${PORT}/health`)
      if (res.status === 200) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  fail(`the server did not answer /health within ${HEALTH_TIMEOUT_MS / 1000} s; see ${path.relative(projectRoot, SERVER_LOG)}`)
}

function startServer(env) {
  fs.writeFileSync(SERVER_LOG, "")
  // Its own process group, so stopping the demo stops every process `medusa develop` forks.
  const child = spawn(medusaBin, ["develop"], { cwd: projectRoot, env, detached: true, stdio: ["ignore", "pipe", "pipe"] })
  running.add(child)
  let live = false
  const forward = (chunk) => {
    fs.appendFileSync(SERVER_LOG, chunk)
    if (live) process.stdout.write(chunk)
  }
  child.stdout.on("data", forward)
  child.stderr.on("data", forward)
  child.on("exit", (code, signal) => {
    running.delete(child)
    if (!stopping && live) {
      console.error(`[demo] the server exited (${signal ?? `exit ${code}`}); stopping.`)
      shutdown(1)
    }
  })
  return { child, goLive: () => (live = true) }
}

/** The server runs in its own process group: signal the group, so the processes it forks go too. */
function signalServer(child, signal) {
  try {
    if (child.spawnargs.includes("develop")) process.kill(-child.pid, signal)
    else child.kill(signal)
  } catch {
    // already gone
  }
}

function isAlive(child) {
  try {
    if (child.spawnargs.includes("develop")) process.kill(-child.pid, 0)
    else if (child.exitCode !== null || child.signalCode !== null) return false
    return true
  } catch {
    return false
  }
}

async function shutdown(code) {
  if (stopping) return
  stopping = true
  say("stopping…")
  const children = [...running]
  for (const child of children) signalServer(child, "SIGTERM")
  // A server caught mid-restart can ignore SIGTERM; whatever is left after 8 s is killed.
  for (let waited = 0; children.some(isAlive) && waited < 8_000; waited += 250) {
    await new Promise((r) => setTimeout(r, 250))
  }
  for (const child of children.filter(isAlive)) signalServer(child, "SIGKILL")
  if (database?.stop) {
    // On a terminal's Ctrl-C PostgreSQL gets the signal too and may be gone already: do not wait forever.
    await Promise.race([database.stop().catch(() => {}), new Promise((r) => setTimeout(r, 5_000))])
    if (database.source.startsWith("embedded")) say("embedded PostgreSQL stopped")
  }
  process.exit(code)
}

async function main() {
  const started = Date.now()
  if (!fs.existsSync(medusaBin)) fail("dependencies are missing: run `npm ci` first.")
  if (!(await portIsFree(PORT))) fail(portInUseMessage())
  fs.mkdirSync(path.dirname(SETUP_LOG), { recursive: true })
  fs.writeFileSync(SETUP_LOG, "")

  database = await findPostgres({ log: (m) => say(m) })
  say(`database server: ${database.source}`)

  const dbName = database.database || DEMO_DATABASE
  const created = await ensureDatabase(database, dbName)
  say(`database "${dbName}" ${created ? "created" : "exists"}`)
  const databaseUrl = process.env.DATABASE_URL || database.urlFor(dbName)
  const origins = `http://localhost:${PORT},http://localhost:8000,http://localhost:5173`
  const envValues = {
    DATABASE_URL: databaseUrl,
    JWT_SECRET: process.env.JWT_SECRET || "supersecret",
    COOKIE_SECRET: process.env.COOKIE_SECRET || "supersecret",
    STORE_CORS: process.env.STORE_CORS || "http://localhost:8000,http://localhost:5173",
    ADMIN_CORS: process.env.ADMIN_CORS || origins,
    AUTH_CORS: process.env.AUTH_CORS || origins,
  }
  writeEnvFile(envValues)
  const env = { ...process.env, ...envValues, PORT: String(PORT), MEDUSA_DISABLE_TELEMETRY: "true" }

  let step = Date.now()
  say("migrating the database…")
  await runMedusa(["db:migrate"], env)
  say(`migrations done (${seconds(step)})`)

  step = Date.now()
  say("seeding the demo data (existing records are kept)…")
  await runMedusa(["exec", "./seed/demo.ts"], env, {
    show: (line) => line.match(/\[seed\] (.*)/)?.[1]?.replace(/["}]+$/, ""),
  })
  say(`seed done (${seconds(step)})`)
  const summary = JSON.parse(fs.readFileSync(SUMMARY_FILE, "utf8"))

  if (!(await portIsFree(PORT))) fail(portInUseMessage())
  step = Date.now()
  say(`starting Medusa on port ${PORT} (log: ${path.relative(projectRoot, SERVER_LOG)})…`)
  const { child, goLive } = startServer(env)
  await waitForHealth(child)
  say(`server healthy (${seconds(step)}; ${seconds(started)} in all)`)
  await printBanner({ port: PORT, summary, database: database.source, dbName })
  goLive()
}

for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => shutdown(0))

main().catch(async (error) => {
  if (!stopping) {
    console.error(`\n[demo] cannot start: ${error.expected ? error.message : error.stack}`)
    await shutdown(1)
  }
})
