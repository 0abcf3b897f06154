import { execFile } from "node:child_process"
import path from "node:path"
import { promisify } from "node:util"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { getDatabaseURL } from "@medusajs/test-utils/dist/database"
import { CREDIT_MODULE } from ".."
import { CreditAccount } from "../models/credit-account"
import { CreditAllocation } from "../models/allocation"
import { CreditDueChange } from "../models/due-change"
import { CreditLedgerEntry } from "../models/ledger-entry"
import type CreditModuleService from "../service"

jest.setTimeout(180_000)

const DB_NAME = "medusa-credit-integration-1"
const run = promisify(execFile)

const hold = (service: CreditModuleService, cart: string, amount: number | string, limit: number | string | null = 100) =>
  service.holdCharge({ company_id: "comp_1", account_currency_code: "eur", currency_code: "eur", cart_id: cart, amount, credit_limit: limit })

moduleIntegrationTestRunner<CreditModuleService>({
  moduleName: CREDIT_MODULE,
  dbName: DB_NAME,
  moduleModels: [CreditAccount, CreditLedgerEntry, CreditAllocation, CreditDueChange],
  resolve: "./src/modules/credit",
  testSuite: ({ service }) => {
    describe("holding credit at checkout", () => {
      it("holds a charge only while it fits limit − balance − held, once per cart, and names the numbers when it does not", async () => {
        const first = await hold(service, "cart_a", "60.10")
        expect(first).toMatchObject({ created: true, available: "39.9" })
        expect(await hold(service, "cart_a", "60.10")).toMatchObject({ created: false, entry: { id: first.entry.id } })
        await expect(hold(service, "cart_b", 40)).rejects.toThrow("the order total is 40, the company has 39.9 available")
        await expect(hold(service, "cart_c", 10, null)).rejects.toThrow(/has 0 available/)
        const { summary, available } = await service.availableCredit("comp_1", 100)
        expect(summary).toMatchObject({ balance: "0", held: "60.1" })
        expect(available).toBe("39.9")
        await expect(service.holdCharge({ company_id: "comp_1", account_currency_code: "eur", currency_code: "usd", cart_id: "x", amount: 1, credit_limit: 100 })).rejects.toThrow(/kept in EUR/)
      })

      it("releases a hold of a failed checkout, and books a bound one", async () => {
        const kept = await hold(service, "cart_kept", 30)
        const dropped = await hold(service, "cart_dropped", 30)
        await service.releaseHold(dropped.entry.id)
        const due = new Date("2030-01-31T00:00:00Z")
        await service.bindCharge({ cart_id: "cart_kept", order_id: "order_1", due_at: due })
        const view = await service.ledgerView("comp_1")
        expect(view.map((e) => [e.id, e.state, e.order_id])).toEqual([[kept.entry.id, "open", "order_1"]])
        expect((await service.accountSummary("comp_1")).balance).toBe("30")
        // releasing a booked charge does nothing
        await service.releaseHold(kept.entry.id)
        expect(await service.ledgerView("comp_1")).toHaveLength(1)
      })
    })

    describe("across processes", () => {
      it("holds exactly what the limit covers when two processes charge one company at once", async () => {
        const fixture = path.resolve(__dirname, "fixtures/hold-charges.ts")
        const clientUrl = getDatabaseURL(DB_NAME)
        const spawnHolder = (tag: string) =>
          run(process.execPath, [require.resolve("ts-node/dist/bin.js"), "--transpile-only", "--swc", fixture, clientUrl, "comp_2", tag, "10", "10", "50"], {
            cwd: path.resolve(__dirname, "../../../.."),
            env: { ...process.env, TS_NODE_PROJECT: path.resolve(__dirname, "../../../../tsconfig.json") },
            timeout: 120_000,
          })
        const outputs = await Promise.all([spawnHolder("p1"), spawnHolder("p2")])
        const outcomes = outputs.flatMap(({ stdout }) => JSON.parse(/RESULT (.*)/.exec(stdout)![1]) as string[])
        expect(outcomes.filter((o) => o.startsWith("error"))).toEqual([])
        expect(outcomes.filter((o) => o === "held")).toHaveLength(5)
        expect(outcomes.filter((o) => o === "refused")).toHaveLength(15)
        const { summary } = await service.availableCredit("comp_2", 50)
        expect(summary.held).toBe("50")
        expect(await service.listCreditLedgerEntries({ company_id: "comp_2" })).toHaveLength(5)
      })
    })
  },
})
