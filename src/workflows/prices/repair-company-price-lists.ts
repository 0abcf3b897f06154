import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { companyPriceListRepair, priceListRulesFromRecords } from "../../lib/prices"
import { COMPANY_MODULE } from "../../modules/company"
import type CompanyModuleService from "../../modules/company/service"
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

const PAGE = 500

/**
 * Finds every company whose price list no longer applies to its buyers (edited in Medusa's price-list pages,
 * which emit no event, or deleted) and puts it right, a page of companies at a time; returns the companies
 * repaired. Idempotent: a second run right after finds nothing to do.
 */
export async function reconcileCompanyPriceLists(container: MedusaContainer): Promise<string[]> {
  const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
  const pricing = container.resolve(Modules.PRICING)
  const repaired: string[] = []
  for (let skip = 0; ; skip += PAGE) {
    const page = await companies.listCompanies(
      {},
      { select: ["id", "customer_group_id", "price_list_id"], skip, take: PAGE, order: { id: "ASC" } }
    )
    const priced = page.filter((company) => company.customer_group_id && company.price_list_id)
    const lists = priced.length
      ? await pricing.listPriceLists(
          { id: priced.map((company) => company.price_list_id!) },
          {
            relations: ["price_list_rules"],
            select: ["id", "type", "status", "price_list_rules.attribute", "price_list_rules.value"],
            take: null,
          }
        )
      : []
    const listById = new Map(lists.map((list) => [list.id, list]))
    for (const company of priced) {
      const list = listById.get(company.price_list_id!)
      const wrong =
        !list ||
        companyPriceListRepair(
          { type: list.type ?? "sale", status: list.status ?? "draft", rules: priceListRulesFromRecords(list.price_list_rules) },
          company.customer_group_id!
        ) !== null
      if (wrong) {
        await ensureCompanyPriceListWorkflow(container).run({ input: { company_id: company.id } })
        repaired.push(company.id)
      }
    }
    if (page.length < PAGE) {
      return repaired
    }
  }
}
