// Walks a store answer and names every path in it that the route's allow-list does not hold.
import type { StoreRouteFields } from "../../../src/api/store/allowed-fields"

/** Dotted paths of the answer's leaves (values, nulls, empty lists and objects); lists are looked through. */
export function leafPaths(value: unknown, prefix = ""): string[] {
  if (Array.isArray(value)) {
    return value.length ? [...new Set(value.flatMap((item) => leafPaths(item, prefix)))] : [prefix]
  }
  if (value && typeof value === "object") {
    const entries = Object.entries(value)
    return entries.length ? entries.flatMap(([key, child]) => leafPaths(child, prefix ? `${prefix}.${key}` : key)) : [prefix]
  }
  return [prefix]
}

const withinList = (path: string, list: string[]) => list.some((entry) => entry === path || entry.startsWith(`${path}.`))

export function pathsOutsideAllowList(answer: unknown, fields: StoreRouteFields): string[] {
  return leafPaths(answer).filter((path) => {
    if (withinList(path, fields.answer)) {
      return false
    }
    if (fields.records && (path === fields.records || path.startsWith(`${fields.records}.`))) {
      const inRecord = path.slice(fields.records.length + 1)
      return inRecord !== "" && !withinList(inRecord, fields.allowed)
    }
    return true
  })
}
