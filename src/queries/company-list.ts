import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { COMPANY_MODULE } from "../modules/company"
import type CompanyModuleService from "../modules/company/service"
import type { CompanyStatus } from "../lib/company/vocabulary"

/** What the companies list (and its CSV export) can be narrowed to. */
export interface CompanyListFilters {
  q?: string
  status?: CompanyStatus | CompanyStatus[]
  /** Only the company this customer works for (an empty list when none). */
  customer_id?: string
}

export interface CompanyListPage {
  skip: number
  take: number
  order?: Record<string, string>
}

/** The ids of the companies the customer works for; undefined when the list is not narrowed by customer. */
async function companyIdsOfCustomer(container: MedusaContainer, customerId: string | undefined) {
  if (!customerId) {
    return undefined
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "employee", fields: ["company_id"], filters: { customer_id: customerId } })
  return (data as { company_id: string }[]).map((employee) => employee.company_id)
}

/**
 * One page of companies and how many match. Ordered by name, the page is cut in the database on the
 * lower-cased name, so "acme" sorts with "Acme" and not after "Zenith"; other orders are Query's.
 */
export async function listCompanies(
  container: MedusaContainer,
  filters: CompanyListFilters,
  fields: string[],
  page: CompanyListPage
): Promise<{ companies: Record<string, unknown>[]; count: number }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ids = await companyIdsOfCustomer(container, filters.customer_id)
  if (ids && !ids.length) {
    return { companies: [], count: 0 }
  }
  const statuses = filters.status === undefined ? undefined : [filters.status].flat()
  const byName = page.order?.name
  if (!byName) {
    const { data, metadata } = await query.graph({
      entity: "company",
      fields,
      filters: { ...(filters.q && { q: filters.q }), ...(statuses && { status: statuses }), ...(ids && { id: ids }) },
      pagination: page,
    })
    return { companies: data, count: metadata?.count ?? 0 }
  }
  const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
  const found = await companies.listCompanyIdsByName({
    q: filters.q,
    status: statuses,
    ids,
    descending: byName.toUpperCase() === "DESC",
    skip: page.skip,
    take: page.take,
  })
  if (!found.ids.length) {
    return { companies: [], count: found.count }
  }
  const { data } = await query.graph({ entity: "company", fields, filters: { id: found.ids } })
  const position = new Map(found.ids.map((id, index) => [id, index]))
  const ordered = [...data].sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0))
  return { companies: ordered, count: found.count }
}
