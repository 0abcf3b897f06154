import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { STORE_ROUTE_FIELDS, type StoreRouteFields } from "./allowed-fields"

const routes = Object.entries(STORE_ROUTE_FIELDS).map(([key, fields]) => {
  const [method, path] = key.split(" ")
  const pattern = new RegExp(`^${path.replace(/:\w+/g, "[^/]+")}/?$`)
  return { method, pattern, fields }
})

/** The allow-list of the plugin's store route a request is for; undefined for Medusa's own routes. */
export function storeRouteFieldsFor(method: string, path: string): StoreRouteFields | undefined {
  return routes.find((route) => route.method === method && route.pattern.test(path))?.fields
}

/**
 * The `fields=` entries a route does not allow, as Medusa reads them: `+x` and `x` add a field, `*rel`
 * and `rel.*` a relation in full, `-x` only removes (always fine).
 */
export function disallowedFieldEntries(fieldsParam: string, fields: StoreRouteFields): string[] {
  const allowed = new Set(fields.allowed)
  return fieldsParam
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry && !entry.startsWith("-"))
    .filter((entry) => !allowed.has(entry.replace(/^[+\s]+/, "").replace(/^\*/, "").replace(/\.\*$/, "")))
}

/** Answers 400 naming the first `fields=` entry outside the route's allow-list, for every plugin store route. */
export function refuseDisallowedStoreFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const fields = storeRouteFieldsFor(req.method, req.path)
  const asked = req.query?.fields
  if (!fields || asked === undefined) {
    return next()
  }
  const param = Array.isArray(asked) ? asked.join(",") : String(asked)
  const refused = disallowedFieldEntries(param, fields)
  if (!refused.length) {
    return next()
  }
  const message = fields.records
    ? `fields: "${refused[0]}" is not available here; ask for any of ${fields.allowed.join(", ")}`
    : `fields: this route answers a fixed set of fields and takes no fields parameter ("${refused[0]}")`
  next(new MedusaError(MedusaError.Types.INVALID_DATA, message))
}

export const storeFieldsMiddlewares: MiddlewareRoute[] = [{ matcher: "/store*", middlewares: [refuseDisallowedStoreFields] }]
