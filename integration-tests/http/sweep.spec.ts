import http from "node:http"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { STORE_ROUTE_FIELDS } from "../../src/api/store/allowed-fields"
import { pathsOutsideAllowList } from "../helpers/sweep/allow-list"
import { CALLER_KINDS, createSweepFixture, isStoreCaller, type CallerKind, type SweepFixture } from "../helpers/sweep/fixture"
import { PLAIN, PRE_AUTH_PROBES, PROBES, type Probe } from "../helpers/sweep/probes"
import { discoverRoutes, routeKey, type DiscoveredRoute } from "../helpers/sweep/routes"
import { inBatches, send, type RawAnswer } from "../helpers/sweep/send"

jest.setTimeout(600_000)

// Keeps the upload limits short enough to prove within the sweep.
process.env.PRICE_IMPORT_IDLE_TIMEOUT_MS = "1500"
process.env.PRICE_IMPORT_MAX_BYTES = String(64 * 1024)

const ANSWER_WITHIN_MS = 30_000
const IN_FLIGHT = 8

type Case = { route: DiscoveredRoute; caller: CallerKind; probe: Probe }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const routes = discoverRoutes()
    let fixture: SweepFixture
    let baseUrl: string

    beforeAll(async () => {
      fixture = await createSweepFixture(getContainer(), api)
      baseUrl = (api as unknown as { defaults: { baseURL: string } }).defaults.baseURL
    })

    it("discovers the plugin's routes from src/api, methods from the route files' exports", () => {
      const keys = routes.map(routeKey)
      expect(keys).toEqual(
        expect.arrayContaining([
          "GET /admin/companies",
          "DELETE /admin/companies/:id",
          "POST /admin/companies/:id/prices/import",
          "POST /admin/quantity-rules/batch",
          "GET /store/companies/me/employees",
          "GET /store/carts/:id/b2b-check",
        ])
      )
      expect(keys).not.toContain("PUT /admin/companies")
    })

    it("has an allow-list entry for every store route", () => {
      const missing = routes.filter((r) => r.scope === "store" && !STORE_ROUTE_FIELDS[routeKey(r)]).map(routeKey)
      const hint = missing.map((key) => `Add "${key}" to STORE_ROUTE_FIELDS in src/api/store/allowed-fields.ts`)
      expect(hint).toEqual([])
    })

    describe("price uploads answer within their limits", () => {
      const importPath = () => `/admin/companies/${fixture.ids.company}/prices/import`
      const boundary = "sweepboundary"
      const filePart = (csv: string) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="p.csv"\r\nContent-Type: text/csv\r\n\r\n${csv}`

      it("an upload whose body stops coming is answered 408, not held open", async () => {
        const started = Date.now()
        const answer = await new Promise<{ status: number; text: string }>((resolve, reject) => {
          const url = new URL(baseUrl)
          const req = http.request(
            {
              host: url.hostname,
              port: url.port,
              method: "POST",
              path: importPath(),
              headers: { ...fixture.headers.admin_user, "content-type": `multipart/form-data; boundary=${boundary}` },
            },
            (res) => {
              let text = ""
              res.on("data", (c) => (text += c))
              res.on("end", () => resolve({ status: res.statusCode ?? 0, text }))
            }
          )
          req.on("error", reject)
          // The body is never ended: a header, one row, then silence.
          req.write(filePart("sku,currency_code,amount\nSWEEP-BOLT,eur,7\n"))
        })
        expect(answer.status).toBe(408)
        expect(answer.text).toMatch(/stalled/)
        expect(Date.now() - started).toBeLessThan(ANSWER_WITHIN_MS)
      })

      it("an upload past the size limit is answered 413, a text/csv body too", async () => {
        const big = "sku,currency_code,amount\n" + "SWEEP-BOLT,eur,7\n".repeat(8000)
        const multipart = await send(
          baseUrl,
          {
            method: "POST",
            path: importPath(),
            headers: { ...fixture.headers.admin_user, "content-type": `multipart/form-data; boundary=${boundary}` },
            body: `${filePart(big)}\r\n--${boundary}--\r\n`,
          },
          ANSWER_WITHIN_MS
        )
        expect(multipart).toMatchObject({ status: 413, text: expect.stringMatching(/larger than/) })
        const csv = await send(
          baseUrl,
          { method: "POST", path: importPath(), headers: { ...fixture.headers.admin_user, "content-type": "text/csv" }, body: big },
          ANSWER_WITHIN_MS
        )
        expect(csv).toMatchObject({ status: 413 })
      })

      it("a CSV cell with a NUL fails its own row; the other rows are imported", async () => {
        const answer = await send(
          baseUrl,
          {
            method: "POST",
            path: importPath(),
            headers: { ...fixture.headers.admin_user, "content-type": "text/csv" },
            body: "sku,currency_code,amount\nSWEEP\u0000BOLT,eur,5\nSWEEP-BOLT,eur,6\n",
          },
          ANSWER_WITHIN_MS
        )
        expect(answer).toMatchObject({ status: 200 })
        const body = (answer as { body: any }).body
        expect(body.failed).toEqual([{ row: 2, message: expect.stringMatching(/sku contains a NUL character/) }])
        expect(body.created + body.updated).toBe(1)
      })
    })

    it("refuses absurd numbers with 400 naming the field and the bound", async () => {
      const post = (path: string, body: unknown) =>
        send(baseUrl, { method: "POST", path, headers: { ...fixture.headers.admin_user, "content-type": "application/json" }, body: JSON.stringify(body) }, ANSWER_WITHIN_MS)
      const cases: [string, unknown, RegExp][] = [
        [`/admin/quantity-rules`, { variant_id: fixture.ids.variant, company_id: fixture.ids.other_company, min_quantity: 1e308 }, /min_quantity must be a whole number from 1 to 1,000,000,000/],
        [`/admin/companies/${fixture.ids.company}/prices/batch`, { create: [{ variant_id: fixture.ids.variant, currency_code: "eur", amount: 5, min_quantity: 2147483648 }] }, /min_quantity must be a whole number from 1 to 1,000,000,000/],
        [`/admin/companies/${fixture.ids.company}/prices/batch`, { create: [{ variant_id: fixture.ids.variant, currency_code: "eur", amount: 1e13 }] }, /amount must be an amount from 0 to 1,000,000,000,000/],
        [`/admin/companies/${fixture.ids.company}/discount`, { percent: 1e308 }, /percent must be from 0 to 100/],
        [`/admin/companies/${fixture.ids.company}`, { min_order_amount: 1e308 }, /min_order_amount must be an amount from 0/],
      ]
      for (const [path, body, message] of cases) {
        const answer = await post(path, body)
        expect({ path, ...(answer as { status: number; text?: string }) }).toMatchObject({ path, status: 400, text: expect.stringMatching(message) })
      }
    })

    it("answers every route, caller and bad input with no 5xx and in time; store answers hold only allow-listed fields", async () => {
      const problems: string[] = []
      const serverErrors = new Map<string, number>()
      let sent = 0
      const run = async ({ route, caller, probe }: Case): Promise<RawAnswer | null> => {
        const built = probe.build(route, fixture)
        if (!built) {
          return null
        }
        sent++
        const answer = await send(
          baseUrl,
          { method: route.method, path: built.path, headers: { ...fixture.headers[caller], ...built.headers }, body: built.body },
          ANSWER_WITHIN_MS
        )
        const what = `${caller} ${route.method} ${built.path.slice(0, 120)} [${probe.name}]`
        if (answer.status === "timeout") {
          problems.push(`${what}: no answer within ${ANSWER_WITHIN_MS} ms`)
        } else if (answer.status >= 500) {
          serverErrors.set(probe.name, (serverErrors.get(probe.name) ?? 0) + 1)
          problems.push(`${what}: ${answer.status} ${answer.text.slice(0, 160)}`)
        } else if (route.scope === "store" && isStoreCaller(caller) && answer.status < 300 && answer.body !== undefined) {
          const fields = STORE_ROUTE_FIELDS[routeKey(route)]
          const outside = fields ? pathsOutsideAllowList(answer.body, fields) : ["(route has no allow-list)"]
          if (outside.length) {
            problems.push(`${what}: answered fields outside the allow-list: ${outside.slice(0, 8).join(", ")}`)
          }
        }
        return answer
      }

      // First one plain request per route and caller (deletions wait to the end, so every other request
      // finds the records). A caller refused at authentication (401) is then sent only the inputs read
      // before authentication (path, query, body parsing); every other caller gets every class.
      const pairs = routes.flatMap((route) => CALLER_KINDS.map((caller) => ({ route, caller })))
      const reads = pairs.filter((p) => p.route.method !== "DELETE")
      const plainAnswers = await inBatches(reads, IN_FLIGHT, (p) => run({ ...p, probe: PLAIN }))
      const unauthenticated = new Set(
        reads.filter((_, i) => (plainAnswers[i] as { status?: unknown } | null)?.status === 401).map((p) => `${p.caller} ${routeKey(p.route)}`)
      )
      const probesFor = (p: { route: DiscoveredRoute; caller: CallerKind }) =>
        unauthenticated.has(`${p.caller} ${routeKey(p.route)}`) ? PRE_AUTH_PROBES : PROBES.filter((probe) => probe !== PLAIN)
      const rest: Case[] = pairs.flatMap((p) => probesFor(p).map((probe) => ({ ...p, probe })))
      await inBatches(rest.filter((c) => c.route.method !== "DELETE"), IN_FLIGHT, run)
      await inBatches(rest.filter((c) => c.route.method === "DELETE"), IN_FLIGHT, run)
      await inBatches(pairs.filter((p) => p.route.method === "DELETE"), IN_FLIGHT, (p) => run({ ...p, probe: PLAIN }))

      const kinds = new Map<string, number>()
      for (const problem of problems) {
        const kind = problem.replace(/^(\S+) (\S+) \S+ \[([^\]]+)\]: (.{0,40}).*$/, "$3: $4")
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1)
      }
      console.log(
        `[sweep] ${sent} requests over ${routes.length} routes, ${CALLER_KINDS.length} callers; ` +
          `5xx by input class: ${JSON.stringify(Object.fromEntries(serverErrors))}; problems: ${problems.length} ` +
          JSON.stringify(Object.fromEntries(kinds))
      )
      expect(problems.sort()).toEqual([])
    })
  },
})
