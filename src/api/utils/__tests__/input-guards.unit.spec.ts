import { disallowedFieldEntries, storeRouteFieldsFor } from "../../store/fields-guard"
import { requestInputProblem } from "../input-guards"
import { listParams } from "../list-params"

const request = (originalUrl: string, query: Record<string, unknown> = {}, body: unknown = undefined) =>
  ({ originalUrl, query, body }) as Parameters<typeof requestInputProblem>[0]

describe("request input guard", () => {
  it("names where a NUL is: path, query value, query key, body", () => {
    expect(requestInputProblem(request("/admin/companies/a%00b"))).toMatch(/path contains a NUL/)
    expect(requestInputProblem(request("/store/x?q=a%00", { q: "a\u0000" }))).toMatch(/query parameter field q/)
    expect(requestInputProblem(request("/store/x", { "a\u0000": "1" }))).toMatch(/a key of query parameter/)
    expect(requestInputProblem(request("/admin/x", {}, { name: "a\u0000" }))).toMatch(/body field name/)
  })

  it("refuses query keys deeper than Medusa reads them and passes ordinary requests", () => {
    expect(requestInputProblem(request("/admin/x", { "a.b.c": "1" }))).toMatch(/a\.b\.c nests deeper/)
    expect(requestInputProblem(request("/admin/x?q=acme", { q: "acme", "created_at.gte": "2026" }, { name: "Acme" }))).toBeNull()
  })
})

describe("list parameters", () => {
  const schema = listParams({ limit: 20, orderable: ["name", "created_at"] })

  it("takes a page and an order naming a field of the list", () => {
    expect(schema.parse({ limit: "5", offset: "10", order: "-created_at" })).toEqual({ limit: 5, offset: 10, order: "-created_at" })
    expect(schema.parse({})).toEqual({ limit: 20, offset: 0 })
  })

  it.each([
    [{ limit: "-1" }, "limit must be a whole number from 1 to 1,000"],
    [{ limit: "1001" }, "limit must be a whole number from 1 to 1,000"],
    [{ limit: "abc" }, "limit must be a whole number"],
    [{ offset: "-5" }, "offset must be a whole number from 0"],
    [{ offset: "1e308" }, "offset must be a whole number from 0"],
    [{ order: "no_such_field" }, "order must be one of name, created_at"],
    [{ order: "company.notes" }, "order must be one of"],
  ])("refuses %j", (query, message) => {
    const result = schema.safeParse(query)
    expect(result.success).toBe(false)
    expect(JSON.stringify(result.error?.issues)).toContain(message)
  })
})

describe("store fields allow-list", () => {
  it("finds a plugin store route's list by method and path, and nothing for Medusa's own routes", () => {
    expect(storeRouteFieldsFor("GET", "/store/companies/me/employees")?.records).toBe("employees")
    expect(storeRouteFieldsFor("GET", "/store/carts/cart_1/b2b-check")).toBeDefined()
    expect(storeRouteFieldsFor("GET", "/store/products")).toBeUndefined()
  })

  it("refuses fields outside the list in every spelling Medusa reads, and allows removals", () => {
    const employees = storeRouteFieldsFor("GET", "/store/companies/me/employees")!
    expect(disallowedFieldEntries("id,email,+role,-last_name", employees)).toEqual([])
    expect(disallowedFieldEntries("id,*customer,+customer.phone,company.notes,carts.*,*", employees)).toEqual([
      "*customer",
      "+customer.phone",
      "company.notes",
      "carts.*",
      "*",
    ])
    const check = storeRouteFieldsFor("GET", "/store/carts/cart_1/b2b-check")!
    expect(disallowedFieldEntries("valid", check)).toEqual(["valid"])
  })
})
