import { execFile } from "node:child_process"
import path from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { COMPANY_MODULE } from ".."
import { Company } from "../models/company"
import { Employee } from "../models/employee"
import type CompanyModuleService from "../service"

jest.setTimeout(60_000)

// The options a store writes under `plugins: [{ resolve: "medusa-b2b-wholesale", options }]` reach the
// company module, whose loader checks them when the server starts.
moduleIntegrationTestRunner<CompanyModuleService>({
  moduleName: COMPANY_MODULE,
  moduleModels: [Company, Employee],
  resolve: "./src/modules/company",
  moduleOptions: { invitation_ttl_days: 30, seller: { name: "Wholesale GmbH" } },
  testSuite: ({ service }) => {
    describe("company module with plugin options", () => {
      it("serves the validated options with defaults applied", () => {
        expect(service.getPluginOptions()).toEqual({
          seller: { name: "Wholesale GmbH" },
          fulfilment_requires_secured_payment: false,
          invitation_ttl_days: 30,
        })
      })
    })
  },
})

/**
 * Boots the company module with the given options in a separate Node process, the way a server does
 * at start. A failed module load also rejects a promise inside Medusa's module registry that nobody
 * awaits, which ends the process, as it ends a server; the test reads what that process printed.
 */
function bootCompanyModule(options: Record<string, unknown>): Promise<{ code: number | null; output: string }> {
  const script = `
    const { initModules, TestDatabaseUtils } = require("@medusajs/test-utils")
    initModules({
      databaseConfig: { clientUrl: TestDatabaseUtils.getDatabaseURL("postgres"), schema: "public" },
      modulesConfig: { ${JSON.stringify(COMPANY_MODULE)}: { resolve: "./src/modules/company", options: ${JSON.stringify(options)} } },
    }).then(async ({ shutdown }) => { console.log("LOADED"); await shutdown(); process.exit(0) })
  `
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["-r", "ts-node/register/transpile-only", "-e", script],
      { cwd: path.resolve(__dirname, "../../../.."), env: { ...process.env, LOG_LEVEL: "error" }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, output: `${stdout}\n${stderr}` })
    )
  })
}

describe("company module started with plugin options", () => {
  it("stops with a message naming a bad option", async () => {
    const { code, output } = await bootCompanyModule({ invitation_ttl_days: 0 })
    expect(code).not.toBe(0)
    expect(output).toContain(
      'medusa-b2b-wholesale: option "invitation_ttl_days" must be a whole number of days from 1 to 365'
    )
    expect(output).not.toContain("LOADED")
  })

  it("starts with good ones", async () => {
    const { code, output } = await bootCompanyModule({ invitation_ttl_days: 7 })
    expect(output).toContain("LOADED")
    expect(code).toBe(0)
  })
})
