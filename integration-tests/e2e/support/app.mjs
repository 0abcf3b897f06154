// The Medusa app under test: a fresh database, migrations, an admin user, and `medusa develop`
// (server + admin at /app) on a free port. It runs from a snapshot of the project's code under
// .medusa/e2e/, so edits made while the test runs do not restart its server half-way.
// Everything started here is stopped, and the snapshot removed, by `stop()`.
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { freePort, stopChild } from "../../../scripts/lib/processes.mjs"

const BOOT_TIMEOUT_MS = Number(process.env.E2E_BOOT_TIMEOUT_MS || 240_000)

/** Copies what the app runs from; node_modules resolve from the project above the snapshot. */
function snapshotProject(root) {
  const dir = path.join(root, ".medusa", "e2e", `app-${process.pid}`)
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  fs.cpSync(path.join(root, "src"), path.join(dir, "src"), {
    recursive: true,
    filter: (from) => !from.includes(`${path.sep}__tests__`),
  })
  for (const file of ["package.json", "tsconfig.json"]) {
    fs.copyFileSync(path.join(root, file), path.join(dir, file))
  }
  // The admin dev server only serves files under the app's own root; the admin's fonts live in
  // the project's node_modules, above the snapshot.
  const config = fs.readFileSync(path.join(root, "medusa-config.ts"), "utf8")
  const allowProject = `
const projectAdmin = module.exports.admin ?? {}
module.exports.admin = {
  ...projectAdmin,
  vite: (viteConfig: any) => {
    const own = projectAdmin.vite?.(viteConfig) ?? {}
    const allow = [...(own.server?.fs?.allow ?? []), ${JSON.stringify(root)}]
    return { ...own, server: { ...own.server, fs: { ...own.server?.fs, allow } } }
  },
}
`
  fs.writeFileSync(path.join(dir, "medusa-config.ts"), `${config}\n${allowProject}`)
  return dir
}

/** Runs a Medusa CLI command to completion; its output goes to the log, and into the error when it fails. */
function runCli(root, cwd, args, env, log) {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(root, "node_modules/.bin/medusa"), args, { cwd, env })
    let output = ""
    const collect = (chunk) => {
      output += chunk
      log.write(chunk)
    }
    child.stdout.on("data", collect)
    child.stderr.on("data", collect)
    child.on("error", reject)
    child.on("exit", (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`medusa ${args.join(" ")} exited with ${code}:\n${output.split("\n").slice(-25).join("\n")}`))
    )
  })
}

async function waitFor(url, { timeoutMs, isAlive, accept = (res) => res.ok }) {
  const deadline = Date.now() + timeoutMs
  let last = "no answer yet"
  while (Date.now() < deadline) {
    if (!isAlive()) {
      throw new Error(`the server exited before ${url} answered`)
    }
    try {
      const res = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(10_000) })
      if (accept(res)) {
        return
      }
      last = `HTTP ${res.status}`
    } catch (error) {
      last = error instanceof Error ? error.message : String(error)
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s (last: ${last})`)
}

function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n")
  } catch {
    return ""
  }
}

/**
 * @param {{ root: string, databaseUrl: string, admin: { email: string, password: string }, logFile: string,
 *   say: (m: string) => void, onStop: (stop: () => Promise<void>) => void }} options
 *   `onStop` receives the stop function at once, so a signal during the boot can still stop the server.
 */
export async function startApp({ root, databaseUrl, admin, logFile, say, onStop }) {
  const port = Number(process.env.E2E_PORT) || (await freePort())
  const origin = `http://localhost:${port}`
  fs.mkdirSync(path.dirname(logFile), { recursive: true })
  const log = fs.createWriteStream(logFile)
  const env = {
    ...process.env,
    NODE_ENV: "development",
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    ADMIN_CORS: origin,
    AUTH_CORS: origin,
    STORE_CORS: origin,
    MEDUSA_ADMIN_DISABLED: "false",
    MEDUSA_DISABLE_TELEMETRY: "true",
    LOG_LEVEL: process.env.LOG_LEVEL || "info",
  }

  const cwd = snapshotProject(root)
  let server = null
  const stop = async () => {
    // `medusa develop` forks the server and a watcher: the whole process group is stopped.
    await stopChild(server, 10_000)
    server = null
    log.end()
    fs.rmSync(cwd, { recursive: true, force: true })
  }
  onStop(stop)

  try {
    let t = Date.now()
    await runCli(root, cwd, ["db:migrate"], env, log)
    say(`migrated the database (${((Date.now() - t) / 1000).toFixed(1)} s)`)

    t = Date.now()
    await runCli(root, cwd, ["user", "-e", admin.email, "-p", admin.password], env, log)
    say(`created admin user ${admin.email} (${((Date.now() - t) / 1000).toFixed(1)} s)`)

    t = Date.now()
    server = spawn(path.join(root, "node_modules/.bin/medusa"), ["develop", "-p", String(port), "--no-types"], {
      cwd,
      env,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    })
    server.stdout.pipe(log, { end: false })
    server.stderr.pipe(log, { end: false })
    const isAlive = () => server !== null && server.exitCode === null && server.signalCode === null
    await waitFor(`${origin}/health`, { timeoutMs: BOOT_TIMEOUT_MS, isAlive })
    await waitFor(`${origin}/app`, { timeoutMs: BOOT_TIMEOUT_MS, isAlive, accept: (res) => res.status < 400 })
    say(`medusa develop is up on ${origin} (${((Date.now() - t) / 1000).toFixed(1)} s)`)
  } catch (error) {
    await stop()
    const detail = tail(logFile)
    throw new Error(`${error instanceof Error ? error.message : error}\n--- server log (tail) ---\n${detail}`)
  }

  return { origin, port, stop, logTail: () => tail(logFile) }
}
