// Every plugin route, found from the files under src/api: a new route is swept without being listed.
import fs from "node:fs"
import path from "node:path"

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE"
export type DiscoveredRoute = { method: HttpMethod; path: string; params: string[]; scope: "admin" | "store" | "other" }

const METHODS: HttpMethod[] = ["GET", "POST", "PUT", "PATCH", "DELETE"]
const API_ROOT = path.resolve(__dirname, "../../../src/api")

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      return entry.name === "__tests__" ? [] : routeFiles(full)
    }
    return /^route\.[jt]s$/.test(entry.name) ? [full] : []
  })
}

/** `src/api/admin/companies/[id]/route.ts` exporting GET and POST → two routes on `/admin/companies/:id`. */
export function discoverRoutes(root: string = API_ROOT): DiscoveredRoute[] {
  return routeFiles(root)
    .flatMap((file) => {
      const segments = path.relative(root, path.dirname(file)).split(path.sep)
      const params = segments.flatMap((s) => s.match(/^\[(\w+)\]$/)?.[1] ?? [])
      const routePath = "/" + segments.map((s) => s.replace(/^\[(\w+)\]$/, ":$1")).join("/")
      const source = fs.readFileSync(file, "utf8")
      const methods = METHODS.filter((m) =>
        new RegExp(`export\\s+(const\\s+${m}\\b|(async\\s+)?function\\s+${m}\\b|\\{[^}]*\\b${m}\\b[^}]*\\})`).test(source)
      )
      const scope = segments[0] === "admin" ? "admin" : segments[0] === "store" ? "store" : "other"
      return methods.map((method) => ({ method, path: routePath, params, scope }) as DiscoveredRoute)
    })
    .sort((a, b) => (a.path + a.method).localeCompare(b.path + b.method))
}

export const routeKey = (route: Pick<DiscoveredRoute, "method" | "path">) => `${route.method} ${route.path}`
