import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateCompanyWorkflow } from "../workflows/company/update-company"
import { markOverdueChargesWorkflow } from "../workflows/credit/mark-overdue-charges"

/**
 * Every hour: announces each charge that became overdue once, puts a company overdue longer than its
 * `overdue_hold_days` on hold, and lifts that hold once the overdue is paid. A hold an admin set is never
 * lifted here. Running it twice, or on two workers at once, does what running it once does.
 */
export default async function markOverdueCharges(container: MedusaContainer, asOf: Date = new Date()) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await markOverdueChargesWorkflow(container).run({ input: { as_of: asOf.toISOString() } })
  for (const { company_id, action } of result.holds) {
    await updateCompanyWorkflow(container).run({
      input: action === "hold" ? { id: company_id, status: "on_hold", hold_reason: "overdue" } : { id: company_id, status: "active" },
    })
  }
  if (result.marked.length || result.holds.length) {
    logger.info(`Overdue charges: ${result.marked.length} newly overdue; ${result.holds.filter((h) => h.action === "hold").length} compan(ies) held, ${result.holds.filter((h) => h.action === "release").length} released`)
  }
  return result
}

export const config = {
  name: "b2b-mark-overdue-charges",
  schedule: "15 * * * *",
}
