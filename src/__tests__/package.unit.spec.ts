// What a store installs: the published files, the entry points they expose, and the host packages the
// compiled plugin expects to find (peer dependencies) rather than bringing its own copies.
import fs from "node:fs"
import { builtinModules } from "node:module"
import path from "node:path"

// semver ships no type declarations; this is the one function used
// eslint-disable-next-line @typescript-eslint/no-require-imports
const semver = require("semver") as { satisfies(version: string, range: string): boolean }

const root = path.resolve(__dirname, "../..")
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as {
  files: string[]
  exports: Record<string, string | Record<string, string>>
  dependencies: Record<string, string>
  peerDependencies: Record<string, string>
}

/** Every file under a folder, as paths relative to the repository root. */
function walk(dir: string): string[] {
  const out: string[] = []
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.posix.join(dir, entry.name)
    if (entry.isDirectory()) out.push(...walk(rel))
    else out.push(rel)
  }
  return out
}

const serverSources = walk("src").filter(
  (file) => /\.tsx?$/.test(file) && !file.endsWith(".d.ts") && !file.includes("/__tests__/")
)
const adminSources = serverSources.filter((file) => file.startsWith("src/admin/"))

// `medusa plugin:build` compiles `src/**` (except the admin) to `.medusa/server/src/**.js` and bundles the
// admin extensions into `.medusa/server/src/admin/index.{js,mjs}`; `tsconfig.client.json` adds `.d.ts` files
// for the storefront client and its types.
const BUILD_DIR = ".medusa/server/"
const CLIENT_TSCONFIG = "tsconfig.client.json"

function clientDeclarationRoots(): string[] {
  const file = path.join(root, CLIENT_TSCONFIG)
  if (!fs.existsSync(file)) return []
  const config = JSON.parse(fs.readFileSync(file, "utf8")) as { include?: string[] }
  return (config.include ?? []).map((glob) => glob.replace(/\/\*\*.*$/, "/"))
}

/** The source files the build turns into `target`; a `*` in the target matches any path segment(s). */
function sourcesEmitting(target: string): string[] {
  const relative = target.replace(/^\.\//, "")
  if (!relative.startsWith(BUILD_DIR)) return []
  const built = relative.slice(BUILD_DIR.length)
  if (built === "src/admin/index.js" || built === "src/admin/index.mjs") {
    // the admin bundle exists when the plugin has admin extensions
    return adminSources.filter((file) => /^src\/admin\/(routes|widgets)\//.test(file))
  }
  const declaration = built.endsWith(".d.ts")
  if (declaration && !clientDeclarationRoots().some((dir) => built.startsWith(dir))) return []
  const stem = built.replace(/\.d\.ts$|\.js$/, "")
  const pattern = new RegExp(
    "^" + stem.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^]+") + "\\.tsx?$"
  )
  return serverSources.filter((file) => !file.startsWith("src/admin/") && pattern.test(file))
}

function exportTargets(): Array<{ entry: string; target: string }> {
  return Object.entries(pkg.exports).flatMap(([entry, value]) =>
    typeof value === "string"
      ? [{ entry, target: value }]
      : Object.values(value).map((target) => ({ entry, target }))
  )
}

const isPublished = (target: string) => {
  const relative = target.replace(/^\.\//, "")
  // npm always packs package.json
  return relative === "package.json" || pkg.files.some((dir) => relative === dir || relative.startsWith(`${dir}/`))
}

/** The package a bare import specifier names: `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
const packageOf = (specifier: string) =>
  specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0]

/** The bare specifiers a source file loads at run time (type-only imports are erased by the build). */
function runtimeImports(file: string): string[] {
  const code = fs.readFileSync(path.join(root, file), "utf8")
  const found: string[] = []
  const statement = /^\s*(import|export)\s+(type\s+)?([^;"']*?)\s*from\s*["']([^"']+)["']/gm
  for (const match of code.matchAll(statement)) {
    const [, , typeOnly, clause, specifier] = match
    if (typeOnly) continue
    // `import { type A, type B } from "x"` is erased too
    const names = clause.match(/^\{([^}]*)\}$/s)?.[1]
    if (names && names.split(",").every((name) => !name.trim() || name.trim().startsWith("type "))) continue
    found.push(specifier)
  }
  for (const match of code.matchAll(/^\s*import\s*["']([^"']+)["']/gm)) found.push(match[1])
  for (const match of code.matchAll(/(?:import|require)\(\s*["']([^"']+)["']\s*\)/g)) found.push(match[1])
  return found.filter((specifier) => !specifier.startsWith(".") && !specifier.startsWith("/"))
}

function installedVersion(name: string): string {
  const manifest = path.join(root, "node_modules", name, "package.json")
  return (JSON.parse(fs.readFileSync(manifest, "utf8")) as { version: string }).version
}

describe("the published package", () => {
  it("publishes the build output only", () => {
    expect(pkg.files).toEqual([".medusa/server"])
  })

  it("points every export at a published file that the build emits", () => {
    const problems: string[] = []
    for (const { entry, target } of exportTargets()) {
      if (!isPublished(target)) problems.push(`${entry}: ${target} is not in "files"`)
      else if (target === "./package.json") continue
      else if (!target.startsWith(`./${BUILD_DIR}`)) problems.push(`${entry}: ${target} is not built output`)
      // a pattern (Medusa's plugin layout, e.g. `./providers/*`) may match nothing until that folder has code
      else if (!target.includes("*") && sourcesEmitting(target).length === 0) {
        problems.push(`${entry}: nothing in src/ is built to ${target}`)
      }
    }
    expect(problems).toEqual([])
    // the patterns that do match something map to real sources
    expect(sourcesEmitting("./.medusa/server/src/modules/*/index.js")).toEqual(
      expect.arrayContaining(["src/modules/company/index.ts", "src/modules/quantity-rule/index.ts"])
    )
  })

  it("exposes the storefront client with its types", () => {
    const client = pkg.exports["./client"]
    expect(client).toEqual(expect.objectContaining({ types: expect.stringMatching(/\.d\.ts$/) }))
    const entry = client as Record<string, string>
    expect(sourcesEmitting(entry.types)).toEqual(["src/client/index.ts"])
    expect(sourcesEmitting(entry.default)).toEqual(["src/client/index.ts"])
    // the build emits the declarations (tsconfig.client.json) and the storefront's code needs no server package
    expect(clientDeclarationRoots()).toEqual(["src/client/", "src/types/"])
    expect((pkg as { scripts?: Record<string, string> }).scripts?.build).toContain("tsc -p tsconfig.client.json")
    const clientImports = serverSources
      .filter((file) => /^src\/(client|types)\//.test(file))
      .flatMap(runtimeImports)
    expect(clientImports).toEqual([])
  })

  it("declares the host's packages as peers whose ranges the installed versions satisfy", () => {
    const expected = [
      "@medusajs/admin-sdk",
      "@medusajs/framework",
      "@medusajs/icons",
      "@medusajs/js-sdk",
      "@medusajs/medusa",
      "@medusajs/ui",
      "@tanstack/react-query",
      "react",
      "react-router-dom",
    ]
    expect(Object.keys(pkg.peerDependencies).sort()).toEqual(expected)
    const unsatisfied = Object.entries(pkg.peerDependencies)
      .map(([name, range]) => ({ name, range, installed: installedVersion(name) }))
      .filter(({ range, installed }) => !semver.satisfies(installed, range))
    expect(unsatisfied).toEqual([])
    // Medusa packages move together: the peer range stays within the minor this plugin is built against
    expect(semver.satisfies("2.22.0", pkg.peerDependencies["@medusajs/framework"])).toBe(false)
    expect(semver.satisfies("2.20.3", pkg.peerDependencies["@medusajs/framework"])).toBe(false)
  })

  it("imports at run time only its dependencies, its peers and Node's built-ins", () => {
    const allowed = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)])
    const builtins = new Set(builtinModules)
    const strays = serverSources.flatMap((file) =>
      runtimeImports(file)
        .filter((specifier) => {
          if (specifier.startsWith("node:") || builtins.has(specifier)) return false
          return !allowed.has(packageOf(specifier))
        })
        .map((specifier) => `${file}: ${specifier}`)
    )
    expect(strays).toEqual([])
    // the scan itself sees the imports (a broken pattern would pass vacuously)
    const all = serverSources.flatMap(runtimeImports).map(packageOf)
    expect(all).toEqual(expect.arrayContaining(["@medusajs/framework", "@medusajs/ui", "react", "busboy"]))
  })
})
