// `medusa exec` in the baseline app: the shared store only. No plugin code is imported here.
import type { ExecArgs } from "@medusajs/framework/types"
import { seedBenchStore, storeSummary, writeSeedSummary } from "./catalog"

export default async function seedBaseline({ container }: ExecArgs) {
  const store = await seedBenchStore(container)
  writeSeedSummary({ app: "baseline", ...storeSummary(store) })
}
