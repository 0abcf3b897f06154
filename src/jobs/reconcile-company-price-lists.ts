import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reconcileCompanyPriceLists } from "../workflows/prices"

/**
 * Every minute, puts right any company price list edited where no event reports it (Medusa's admin price-list
 * route). A scheduled job runs on the worker and survives a process that dies mid-way: the next run finds the
 * list still wrong and repairs it.
 */
export default async function reconcileCompanyPriceListsJob(container: MedusaContainer) {
  const repaired = await reconcileCompanyPriceLists(container)
  if (repaired.length) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`Put right the price lists of ${repaired.length} compan${repaired.length === 1 ? "y" : "ies"}: ${repaired.join(", ")}`)
  }
}

export const config = {
  name: "b2b-reconcile-company-price-lists",
  schedule: "* * * * *",
}
