/**
 * Input PostgreSQL cannot store or a parser should not be made to walk: a NUL character (text columns
 * refuse it, and the database error would surface as a 500) and JSON nested past any real document.
 */

export const MAX_JSON_DEPTH = 32

const NUL = "\u0000"

/** `metadata.note`, `create[0].sku`: where a value sits, in the words of the request. */
const at = (where: string, key: string | number) =>
  typeof key === "number" ? `${where}[${key}]` : where ? `${where}.${key}` : key

/**
 * The first problem found in a parsed value (a query object or a JSON body), as a sentence naming where
 * it is (`body field create[0].sku`); null when there is none. Keys are checked like values.
 */
export function unstorableInputProblem(value: unknown, where: string, maxDepth: number = MAX_JSON_DEPTH): string | null {
  const place = (path: string) => (path ? `${where} field ${path}` : where)
  const visit = (node: unknown, path: string, depth: number): string | null => {
    if (typeof node === "string") {
      return node.includes(NUL) ? `${place(path)} contains a NUL character (\\u0000), which cannot be stored` : null
    }
    if (node === null || typeof node !== "object") {
      return null
    }
    if (depth > maxDepth) {
      return `${place(path)} is nested deeper than ${maxDepth} levels`
    }
    const entries: [string | number, unknown][] = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node)
    for (const [key, child] of entries) {
      if (typeof key === "string" && key.includes(NUL)) {
        return `a key of ${place(path)} contains a NUL character (\\u0000), which cannot be stored`
      }
      const problem = visit(child, at(path, key), depth + 1)
      if (problem) {
        return problem
      }
    }
    return null
  }
  return visit(value, "", 1)
}

/** A NUL in a URL path, whether raw or percent-encoded (`%00`), which a path id would carry to the database. */
export function pathNulProblem(path: string): string | null {
  return path.includes(NUL) || /%00/.test(path) ? "The path contains a NUL character (%00), which no id holds" : null
}

export const containsNul = (text: string) => text.includes(NUL)
