import { MAX_JSON_DEPTH, pathNulProblem, unstorableInputProblem } from "../nul"

const nested = (levels: number): unknown => (levels === 0 ? "leaf" : { a: nested(levels - 1) })

describe("unstorable input", () => {
  it("names the field of a NUL in a string at any depth", () => {
    expect(unstorableInputProblem({ name: "a\u0000b" }, "body")).toBe(
      "body field name contains a NUL character (\\u0000), which cannot be stored"
    )
    expect(unstorableInputProblem({ create: [{ sku: "ok" }, { sku: "x\u0000" }] }, "body")).toContain("body field create[1].sku")
    expect(unstorableInputProblem({ q: "a\u0000" }, "query parameter")).toContain("query parameter field q")
  })

  it("refuses a NUL in a key", () => {
    expect(unstorableInputProblem({ metadata: { "k\u0000": 1 } }, "body")).toBe(
      "a key of body field metadata contains a NUL character (\\u0000), which cannot be stored"
    )
  })

  it(`refuses nesting deeper than ${MAX_JSON_DEPTH} levels and accepts ${MAX_JSON_DEPTH}`, () => {
    expect(unstorableInputProblem(nested(MAX_JSON_DEPTH), "body")).toBeNull()
    expect(unstorableInputProblem(nested(MAX_JSON_DEPTH + 1), "body")).toMatch(/is nested deeper than 32 levels/)
  })

  it("accepts ordinary input, numbers, nulls and empty bodies", () => {
    expect(unstorableInputProblem({ name: "Acme", tiers: [1, 2], note: null, ok: true }, "body")).toBeNull()
    expect(unstorableInputProblem(undefined, "body")).toBeNull()
    expect(unstorableInputProblem("plain", "body")).toBeNull()
  })

  it("finds a NUL in a path, raw or percent-encoded", () => {
    expect(pathNulProblem("/admin/companies/id%00x")).toMatch(/NUL/)
    expect(pathNulProblem("/admin/companies/id\u0000x")).toMatch(/NUL/)
    expect(pathNulProblem("/admin/companies/comp_1")).toBeNull()
  })
})
