import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ensureCompanyPriceListWorkflow } from "./ensure-company-price-list"

/** Puts right the company price list with this id, if a company owns it; other lists are left alone. */
export async function repairCompanyPriceList(container: MedusaContainer, priceListId: string): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: companies } = await query.graph({
    entity: "company",
    fields: ["id"],
    filters: { price_list_id: priceListId },
  })
  for (const company of companies) {
    await ensureCompanyPriceListWorkflow(container).run({ input: { company_id: company.id } })
  }
}
