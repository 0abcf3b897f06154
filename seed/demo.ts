// `npx medusa exec ./seed/demo.ts`: seeds the demo store (idempotent) and writes what the
// demo banner prints to .medusa/demo-store.json.
import fs from "node:fs"
import path from "node:path"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEMO_SEED_PARTS } from "./parts"
import type { SeedContext } from "./parts"

export const DEMO_SUMMARY_FILE = path.join(".medusa", "demo-store.json")

export default async function seedDemo({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const ctx = {
    container,
    products: [],
    customers: new Map(),
    companies: new Map(),
    summary: {
      publishable_key: "",
      region_id: "",
      currency_code: "",
      admin: { email: "", password: "", label: "" },
      buyers: [],
      sample_variants: [],
      price_sample: null,
      notes: [],
    },
  } as unknown as SeedContext

  for (const part of DEMO_SEED_PARTS) {
    const started = Date.now()
    ctx.log = (message) => logger.info(`[seed] ${part.name}: ${message}`)
    await part.run(ctx)
    logger.info(`[seed] ${part.name} — done in ${Date.now() - started} ms`)
  }

  fs.mkdirSync(path.dirname(DEMO_SUMMARY_FILE), { recursive: true })
  fs.writeFileSync(DEMO_SUMMARY_FILE, JSON.stringify(ctx.summary, null, 2) + "\n")
}
