import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ADDRESS_FIELDS, type CompanyAddressKind } from "../../lib/company/vocabulary"

/** What a company address answers, in the admin and to the company's employees alike. */
export const COMPANY_ADDRESS_FIELDS = ["id", "company_id", "kind", "label", ...ADDRESS_FIELDS, "is_default", "created_at", "updated_at"]

export const companyAddressesQueryConfig = { defaults: COMPANY_ADDRESS_FIELDS, allowed: COMPANY_ADDRESS_FIELDS, isList: true }

export type CompanyAddressView = Record<(typeof ADDRESS_FIELDS)[number], string | null> & {
  id: string
  company_id: string
  kind: CompanyAddressKind
  label: string | null
  is_default: boolean
}

/** One address of the given company, or 404: another company's address is not found here. */
export async function retrieveCompanyAddress(scope: MedusaContainer, companyId: string, addressId: string): Promise<CompanyAddressView> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "company_address",
    fields: COMPANY_ADDRESS_FIELDS,
    filters: { id: addressId, company_id: companyId },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Company address with id "${addressId}" was not found`)
  }
  return data[0] as CompanyAddressView
}

/**
 * A page of the company's addresses: the default delivery site first, then the billing address, then the other
 * delivery sites by label, unless another order is asked for.
 */
export async function listCompanyAddresses(
  scope: MedusaContainer,
  companyId: string,
  params: { kind?: CompanyAddressKind; fields?: string[]; skip?: number; take?: number; order?: Record<string, unknown> }
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "company_address",
    fields: params.fields ?? COMPANY_ADDRESS_FIELDS,
    filters: { company_id: companyId, ...(params.kind && { kind: params.kind }) },
    pagination: {
      skip: params.skip ?? 0,
      take: params.take ?? 50,
      order: params.order && Object.keys(params.order).length ? params.order : { is_default: "DESC", kind: "ASC", label: "ASC", created_at: "ASC" },
    },
  })
  return { addresses: data as CompanyAddressView[], count: metadata?.count ?? data.length }
}
