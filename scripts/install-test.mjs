// `npm run test:install`: the plugin as a store installs it. Packs the built plugin, writes a plain Medusa
// app in a temporary folder (its own package.json, medusa-config.ts and tsconfig, no code from this
// repository), installs the tarball, migrates a fresh database, runs `medusa build` and `medusa start`, and
// smoke-tests what must load from the package: tables, admin and store routes, the cart hooks, the admin
// extensions and the storefront client's types. Also checks that npm refuses the tarball in a store on
// another Medusa minor. Everything it creates (server, database, folders) is removed, also on failure.
import { execFile } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { dropDatabases, ensureDatabase, findPostgres, projectRoot } from "./db.mjs"
import { freePort, runLogged, startLogged, stopAllChildren, stopChild } from "./lib/processes.mjs"

const started = Date.now()
const say = (message) => console.log(`[install-test ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`)
const fail = (message) => {
  throw new Error(message)
}
const expect = (condition, message) => condition || fail(message)

const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot, "package.json"), "utf8"))
// The versions this plugin is built and tested against; the store pins the same (a fresh 2.21.2 store).
const pinned = (name) => pkg.devDependencies[name] ?? fail(`no pinned version of ${name} in package.json`)

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "b2b-install-"))
const packDir = path.join(tmp, "pack")
const appDir = path.join(tmp, "store")
const logFile = path.join(tmp, "install-test.log")
const keepLog = path.join(projectRoot, ".medusa", "install-test.log")
const database = `b2b_install_${process.pid}`
let server
let child

const run = (command, args, cwd, env = {}, options = {}) =>
  runLogged(command, args, { cwd, env: { ...process.env, ...env }, logFile, ...options })

/** Runs a command and hands back its exit code and output, whatever the code. */
const capture = (command, args, cwd) =>
  new Promise((resolve) => {
    execFile(command, args, { cwd, encoding: "utf8", maxBuffer: 20 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code ?? 1 : 0, output: `${stdout}\n${stderr}` })
    )
  })

function storePackageJson(tarball, medusaVersion) {
  const medusa = (name) => [name, medusaVersion ?? pinned(name)]
  return {
    name: "plain-medusa-store",
    version: "0.0.1",
    private: true,
    scripts: { build: "medusa build", start: "medusa start" },
    dependencies: Object.fromEntries([
      medusa("@medusajs/admin-sdk"),
      medusa("@medusajs/cli"),
      medusa("@medusajs/framework"),
      medusa("@medusajs/medusa"),
      ["medusa-b2b-wholesale", `file:${tarball}`],
    ]),
    devDependencies: Object.fromEntries(
      ["@swc/core", "@types/node", "@types/react", "react", "react-dom", "ts-node", "typescript", "vite"].map((name) => [name, pinned(name)])
    ),
    engines: { node: ">=20" },
    ...(pkg.allowScripts && { allowScripts: pkg.allowScripts }),
  }
}

const MEDUSA_CONFIG = `import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000",
      authCors: process.env.AUTH_CORS || "http://localhost:9000,http://localhost:8000",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  plugins: [
    {
      resolve: "medusa-b2b-wholesale",
      options: { invitation_ttl_days: 14, seller: { name: "Install Check GmbH" } },
    },
  ],
})
`

// Medusa's app starter tsconfig.
const TSCONFIG = {
  compilerOptions: {
    target: "ES2021",
    esModuleInterop: true,
    module: "Node16",
    moduleResolution: "Node16",
    emitDecoratorMetadata: true,
    experimentalDecorators: true,
    skipLibCheck: true,
    skipDefaultLibCheck: true,
    declaration: false,
    sourceMap: false,
    inlineSourceMap: true,
    outDir: "./.medusa/server",
    rootDir: "./",
    jsx: "react-jsx",
    forceConsistentCasingInFileNames: true,
    resolveJsonModule: true,
    checkJs: false,
    strict: true,
  },
  "ts-node": { swc: true },
  include: ["**/*", ".medusa/types/*"],
  exclude: ["node_modules", ".medusa/server", ".medusa/admin", ".cache", "storefront-check"],
}

// A storefront file compiled against the installed package: the client's types resolve through `exports`.
const STOREFRONT_CHECK = `import Medusa from "@medusajs/js-sdk"
import { createB2BClient, type StoreCartCheckResponse, type StoreCompany } from "medusa-b2b-wholesale/client"

const b2b = createB2BClient(new Medusa({ baseUrl: "http://localhost:9000", publishableKey: "pk_test" }))
export async function page(cartId: string): Promise<[StoreCompany, StoreCartCheckResponse]> {
  const { company } = await b2b.company.retrieve()
  return [company, await b2b.cart.check(cartId)]
}
// @ts-expect-error an unknown method does not compile
b2b.company.nonexistent()
`

/** True when there is no build, or a source file or package.json changed after the last build. */
function buildIsStale() {
  // the build's last step writes the client's declarations
  const marker = path.join(projectRoot, ".medusa/server/src/client/index.d.ts")
  if (!fs.existsSync(marker) || !fs.existsSync(path.join(projectRoot, ".medusa/server/src/admin/index.mjs"))) return true
  const built = fs.statSync(marker).mtimeMs
  const newest = (dir) =>
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .reduce((latest, entry) => Math.max(latest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs), 0)
  return Math.max(newest(path.join(projectRoot, "src")), fs.statSync(path.join(projectRoot, "package.json")).mtimeMs) > built
}

async function waitForHealth(baseUrl, timeoutMs) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (child.exitCode !== null) fail(`the server exited (code ${child.exitCode}); see ${keepLog}`)
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  fail(`the server did not answer /health within ${timeoutMs / 1000} s; see ${keepLog}`)
}

function http(baseUrl) {
  return async (method, route, { body, headers = {}, expectStatus = 200 } = {}) => {
    const response = await fetch(`${baseUrl}${route}`, {
      method,
      headers: { "content-type": "application/json", ...headers },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    })
    const text = await response.text()
    let data
    try {
      data = JSON.parse(text)
    } catch {
      data = text
    }
    if (response.status !== expectStatus) {
      fail(`${method} ${route} answered ${response.status}, expected ${expectStatus}: ${text.slice(0, 500)}`)
    }
    return data
  }
}

async function main() {
  fs.mkdirSync(packDir, { recursive: true })
  fs.mkdirSync(appDir, { recursive: true })
  fs.writeFileSync(logFile, "")

  if (buildIsStale()) {
    say("no build of the current sources: npm run build")
    await run("npm", ["run", "build"], projectRoot)
  }
  await run("npm", ["pack", "--pack-destination", packDir], projectRoot)
  const tarball = path.join(packDir, fs.readdirSync(packDir).find((name) => name.endsWith(".tgz")))
  say(`packed ${path.basename(tarball)} (${(fs.statSync(tarball).size / 1024).toFixed(0)} kB)`)

  // A store on another Medusa minor: npm refuses the tarball, naming the peer range.
  const otherDir = path.join(tmp, "other-minor")
  fs.mkdirSync(otherDir)
  const otherPkg = storePackageJson(tarball, "2.20.1")
  otherPkg.devDependencies = {}
  fs.writeFileSync(path.join(otherDir, "package.json"), JSON.stringify(otherPkg, null, 2))
  const other = await capture("npm", ["install", "--dry-run", "--prefer-offline", "--no-audit", "--no-fund"], otherDir)
  fs.appendFileSync(logFile, `\n$ npm install --dry-run (store on Medusa 2.20.1)\n${other.output}`)
  expect(
    /ERESOLVE[\s\S]*peer @medusajs\/[a-z-]+@"~2\.21\.2" from medusa-b2b-wholesale/.test(other.output),
    `npm did not object to the peer range in a Medusa 2.20.1 store; output:\n${other.output.slice(0, 2000)}`
  )
  say(`a Medusa 2.20.1 store: npm refuses the plugin (ERESOLVE), naming its peer range ${other.output.match(/peer (@medusajs\/[a-z-]+@"~2\.21\.2")/)[1]}`)

  fs.writeFileSync(path.join(appDir, "package.json"), JSON.stringify(storePackageJson(tarball), null, 2))
  fs.writeFileSync(path.join(appDir, "medusa-config.ts"), MEDUSA_CONFIG)
  fs.writeFileSync(path.join(appDir, "tsconfig.json"), JSON.stringify(TSCONFIG, null, 2))
  fs.mkdirSync(path.join(appDir, "src"))
  let step = Date.now()
  await run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund"], appDir)
  say(`plain Medusa ${pinned("@medusajs/medusa")} store installed with the tarball (${((Date.now() - step) / 1000).toFixed(0)} s)`)
  const installed = JSON.parse(fs.readFileSync(path.join(appDir, "node_modules/medusa-b2b-wholesale/package.json"), "utf8"))
  expect(installed.version === pkg.version, `installed ${installed.version}, packed ${pkg.version}`)
  expect(!fs.existsSync(path.join(appDir, "node_modules/medusa-b2b-wholesale/src")), "the package ships its sources")

  // The storefront client's types, as a storefront's TypeScript resolves them.
  const checkDir = path.join(appDir, "storefront-check")
  fs.mkdirSync(checkDir)
  fs.writeFileSync(path.join(checkDir, "page.ts"), STOREFRONT_CHECK)
  const tsc = path.join(appDir, "node_modules/.bin/tsc")
  for (const resolution of [["--module", "esnext", "--moduleResolution", "bundler"], ["--module", "node16", "--moduleResolution", "node16"]]) {
    await run(tsc, ["--noEmit", "--strict", "--skipLibCheck", "--target", "es2021", ...resolution, "page.ts"], checkDir)
  }
  say("the storefront client's types resolve (moduleResolution bundler and node16)")

  server = await findPostgres({ log: (m) => say(`[db] ${m}`) })
  await ensureDatabase(server, database)
  const env = { DATABASE_URL: server.urlFor(database), NODE_ENV: "production", LOG_LEVEL: "info" }
  const medusa = path.join(appDir, "node_modules/.bin/medusa")

  step = Date.now()
  await run(medusa, ["db:migrate"], appDir, env)
  const db = new pg.Client({ connectionString: server.urlFor(database) })
  await db.connect()
  try {
    const { rows } = await db.query("select table_name from information_schema.tables where table_schema = 'public'")
    const tables = new Set(rows.map((row) => row.table_name))
    for (const table of ["company", "employee", "quantity_rule"]) expect(tables.has(table), `db:migrate did not create the plugin's "${table}" table`)
    const links = [...tables].filter((table) => /company|employee/.test(table) && table.includes("_"))
    expect(links.length > 0, "db:migrate created none of the plugin's link tables")
    const scripts = await db.query("select script_name from script_migrations")
    expect(
      scripts.rows.some((row) => row.script_name.includes("price-list-rule-lookup-index")),
      "db:migrate did not run the plugin's migration script"
    )
    say(`migrated (${((Date.now() - step) / 1000).toFixed(0)} s): company, employee, quantity_rule, ${links.length} link tables, the migration script`)
  } finally {
    await db.end()
  }

  step = Date.now()
  await run(medusa, ["build"], appDir, env)
  const serverDir = path.join(appDir, ".medusa/server")
  fs.symlinkSync(path.join(appDir, "node_modules"), path.join(serverDir, "node_modules"), "dir")
  const assets = path.join(serverDir, "public/admin")
  const bundle = fs
    .readdirSync(assets, { recursive: true })
    .filter((file) => String(file).endsWith(".js"))
    .map((file) => fs.readFileSync(path.join(assets, String(file)), "utf8"))
    .join("\n")
  // the plugin's admin page and widgets, as the host's admin bundle carries them
  for (const marker of ["/companies", "__BACKEND_URL__"]) {
    // __BACKEND_URL__ is replaced by the host's value: its absence proves the host defined it
    if (marker === "__BACKEND_URL__") expect(!bundle.includes(marker), "the host's admin build left the plugin's __BACKEND_URL__ undefined")
    else expect(bundle.includes(marker), `the host's admin bundle has no "${marker}" from the plugin`)
  }
  for (const text of ["Companies", "Quantity rule (all variants)"]) {
    expect(bundle.includes(text), `the host's admin bundle lacks the plugin's "${text}"`)
  }
  say(`medusa build (${((Date.now() - step) / 1000).toFixed(0)} s): the admin bundle carries the plugin's pages and widgets`)

  const port = await freePort()
  const baseUrl = `http://localhost:${port}`
  step = Date.now()
  child = startLogged(process.execPath, [medusa, "start"], {
    cwd: serverDir,
    env: { ...process.env, ...env, PORT: String(port) },
    logFile: path.join(tmp, "server.log"),
  })
  await waitForHealth(baseUrl, 180_000)
  say(`medusa start healthy on :${port} (${((Date.now() - step) / 1000).toFixed(0)} s)`)

  await run(medusa, ["user", "-e", "admin@install.test", "-p", "supersecret"], serverDir, env)
  const call = http(baseUrl)
  const { token } = await call("POST", "/auth/user/emailpass", { body: { email: "admin@install.test", password: "supersecret" } })
  const admin = { authorization: `Bearer ${token}` }

  // the plugin's admin routes
  const { company } = await call("POST", "/admin/companies", { headers: admin, body: { name: "Acme Construction", currency_code: "eur" } })
  expect(company?.id?.startsWith("comp_"), "POST /admin/companies did not create a company")
  const listed = await call("GET", "/admin/companies", { headers: admin })
  expect(listed.count === 1 && listed.companies[0].id === company.id, "GET /admin/companies does not list the new company")
  expect(company.customer_group_id && company.price_list_id, "creating a company did not run the plugin's workflow (group, price list)")

  // a store with a publishable key, a region and a product
  const { sales_channel } = await call("POST", "/admin/sales-channels", { headers: admin, body: { name: "Web" } })
  const { api_key } = await call("POST", "/admin/api-keys", { headers: admin, body: { title: "Storefront", type: "publishable" } })
  await call("POST", `/admin/api-keys/${api_key.id}/sales-channels`, { headers: admin, body: { add: [sales_channel.id] } })
  const { region } = await call("POST", "/admin/regions", { headers: admin, body: { name: "Germany", currency_code: "eur", countries: ["de"] } })
  const { product } = await call("POST", "/admin/products", {
    headers: admin,
    body: {
      title: "Hex bolt M8",
      status: "published",
      options: [{ title: "Pack", values: ["100"] }],
      variants: [{ title: "Box of 100", sku: "BOLT-M8-100", manage_inventory: false, options: { Pack: "100" }, prices: [{ currency_code: "eur", amount: 12.5 }] }],
      sales_channels: [{ id: sales_channel.id }],
    },
  })
  const variantId = product.variants[0].id
  const store = { "x-publishable-api-key": api_key.token }

  // a lot of 10 through the plugin's admin route, read back through its store route
  await call("POST", "/admin/quantity-rules", { headers: admin, body: { variant_id: variantId, min_quantity: 10, increment: 5 } })
  const { quantity_rules } = await call("GET", `/store/quantity-rules?variant_id=${variantId}`, { headers: store })
  expect(quantity_rules?.[0]?.min_quantity === 10 && quantity_rules[0].increment === 5, `GET /store/quantity-rules answered ${JSON.stringify(quantity_rules)}`)

  // the cart hooks: below the lot is refused, the lot itself is taken
  const { cart } = await call("POST", "/store/carts", { headers: store, body: { region_id: region.id } })
  const refused = await call("POST", `/store/carts/${cart.id}/line-items`, { headers: store, body: { variant_id: variantId, quantity: 2 }, expectStatus: 400 })
  expect(/10/.test(refused.message ?? ""), `the refusal does not name the lot: ${JSON.stringify(refused)}`)
  const accepted = await call("POST", `/store/carts/${cart.id}/line-items`, { headers: store, body: { variant_id: variantId, quantity: 10 } })
  expect(accepted.cart.items[0].quantity === 10, "a cart at the lot was not accepted")
  const check = await call("GET", `/store/carts/${cart.id}/b2b-check`, { headers: store })
  expect(check.valid === true, `GET /store/carts/:id/b2b-check answered ${JSON.stringify(check)}`)
  say("smoke: admin companies and quantity rules, store quantity rules and cart check, a cart below the lot refused with 400")
}

let failed = false
try {
  await main()
} catch (error) {
  failed = true
  console.error(`\n[install-test] FAILED: ${error.message}`)
} finally {
  const cleanup = Date.now()
  await stopChild(child).catch(() => {})
  await stopAllChildren().catch(() => {})
  try {
    fs.mkdirSync(path.dirname(keepLog), { recursive: true })
    const serverLog = path.join(tmp, "server.log")
    fs.writeFileSync(keepLog, fs.readFileSync(logFile, "utf8") + (fs.existsSync(serverLog) ? `\n--- server ---\n${fs.readFileSync(serverLog, "utf8")}` : ""))
  } catch {
    // the log is a courtesy
  }
  if (server) {
    await dropDatabases(server, [database]).catch((error) => console.error(`[install-test] could not drop ${database}: ${error.message}`))
    await server.stop?.()
  }
  fs.rmSync(tmp, { recursive: true, force: true })
  say(`cleaned up: server stopped, database dropped, ${tmp} removed (${((Date.now() - cleanup) / 1000).toFixed(0)} s)`)
}
say(failed ? `failed; log in ${path.relative(projectRoot, keepLog)}` : `passed in ${((Date.now() - started) / 1000).toFixed(0)} s`)
process.exit(failed ? 1 : 0)
