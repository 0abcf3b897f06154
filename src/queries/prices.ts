// Reads of a company's pricing records, shared by routes, workflows and their steps. Steps live in
// src/workflows/*/steps and export only steps; these helpers read, they never write.
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { retrieveCompany } from "./company"
import { companyPromotionCode, type CurrentDiscount } from "../lib/prices"

export interface CompanyPricing {
  company_id: string
  company_name: string
  customer_group_id: string
  price_list_id: string | null
  promotion_id: string | null
}

/** The company's pricing references; 404 for a missing company, 400 for one without a customer group. */
export async function loadCompanyPricing(container: MedusaContainer, companyId: string): Promise<CompanyPricing> {
  const company = await retrieveCompany(container, companyId, ["id", "name", "customer_group_id", "price_list_id", "promotion_id"])
  if (!company.customer_group_id) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Company "${company.name}" has no customer group, so no prices can be negotiated for it`
    )
  }
  return {
    company_id: company.id,
    company_name: company.name,
    customer_group_id: company.customer_group_id,
    price_list_id: company.price_list_id ?? null,
    promotion_id: company.promotion_id ?? null,
  }
}

/**
 * The company's discount promotion: the one the company points at, else the one carrying its code
 * (a promotion left behind by an interrupted change); null when there is none.
 */
export async function loadCompanyDiscount(
  container: MedusaContainer,
  company: { company_id: string; promotion_id: string | null }
): Promise<CurrentDiscount | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const filters = [
    ...(company.promotion_id ? [{ id: company.promotion_id }] : []),
    { code: companyPromotionCode(company.company_id) },
  ]
  for (const filter of filters) {
    const { data } = await query.graph({
      entity: "promotion",
      fields: ["id", "status", "is_automatic", "application_method.value"],
      filters: filter,
    })
    const promotion = data[0] as Record<string, any> | undefined
    if (promotion) {
      return {
        promotion_id: promotion.id,
        percent: Number(promotion.application_method?.value ?? 0),
        status: promotion.status,
        is_automatic: !!promotion.is_automatic,
      }
    }
  }
  return null
}

export interface PricedVariant {
  id: string
  sku: string | null
  price_set_id: string
}

/** Variants by id and SKU (one query each), keeping those that have a price set. */
export async function findPricedVariants(
  container: MedusaContainer,
  variantIds: string[],
  skus: string[]
): Promise<PricedVariant[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const found = new Map<string, PricedVariant>()
  const lookups = [
    { key: "id", values: [...new Set(variantIds)] },
    { key: "sku", values: [...new Set(skus)] },
  ].filter((lookup) => lookup.values.length)
  for (const lookup of lookups) {
    const { data } = await query.graph({
      entity: "variant",
      fields: ["id", "sku", "price_set.id"],
      filters: { [lookup.key]: lookup.values },
    })
    for (const variant of data as any[]) {
      if (variant.price_set?.id) {
        found.set(variant.id, { id: variant.id, sku: variant.sku ?? null, price_set_id: variant.price_set.id })
      }
    }
  }
  return [...found.values()]
}

/** Currencies the store sells in; prices in any other currency are refused. */
export async function storeCurrencies(container: MedusaContainer): Promise<Set<string>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "store", fields: ["supported_currencies.currency_code"] })
  return new Set(
    (data as any[]).flatMap((store) =>
      (store.supported_currencies ?? []).map((currency: { currency_code: string }) => currency.currency_code.toLowerCase())
    )
  )
}
