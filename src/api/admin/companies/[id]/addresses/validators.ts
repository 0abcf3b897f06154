import { z } from "@medusajs/framework/zod"
import { COMPANY_ADDRESS_KINDS } from "../../../../../lib/company/vocabulary"
import { listParams } from "../../../../utils/list-params"
import { CountryCode } from "../../validators"

// Medusa's validation formatter keeps custom messages only for refinements, hence refine over min/max.
const text = (field: string, max: number) =>
  z
    .string({ message: `${field} must be a string` })
    .trim()
    .refine((value) => value.length <= max, { message: `${field} must be at most ${max} characters` })

const required = (field: string, max: number) => text(field, max).refine((value) => value.length > 0, { message: `${field} is required` })

export const CompanyAddressKind = z.enum(COMPANY_ADDRESS_KINDS, {
  message: `kind must be one of ${COMPANY_ADDRESS_KINDS.join(", ")}`,
})

const addressFields = {
  kind: CompanyAddressKind,
  label: text("label", 128).nullish(),
  first_name: text("first_name", 128).nullish(),
  last_name: text("last_name", 128).nullish(),
  company: text("company", 255).nullish(),
  address_1: required("address_1", 255),
  address_2: text("address_2", 255).nullish(),
  city: required("city", 128),
  postal_code: text("postal_code", 32).nullish(),
  province: text("province", 128).nullish(),
  country_code: CountryCode,
  phone: text("phone", 64).nullish(),
  is_default: z.boolean({ message: "is_default must be true or false" }).optional(),
}

/** A new address: where it is (street, city, country) and whether it is the billing address or a delivery site. */
export const CreateCompanyAddress = z.object({ ...addressFields, kind: CompanyAddressKind.default("shipping") }).strict()
export type CreateCompanyAddressType = z.infer<typeof CreateCompanyAddress>

export const UpdateCompanyAddress = z
  .object({
    ...addressFields,
    kind: CompanyAddressKind.optional(),
    address_1: required("address_1", 255).optional(),
    city: required("city", 128).optional(),
    country_code: CountryCode.optional(),
  })
  .strict()
export type UpdateCompanyAddressType = z.infer<typeof UpdateCompanyAddress>

export const ORDERABLE_ADDRESS_FIELDS = ["label", "kind", "city", "country_code", "created_at", "updated_at"]

export const GetCompanyAddressesParams = listParams({ limit: 50, orderable: ORDERABLE_ADDRESS_FIELDS }).extend({
  kind: CompanyAddressKind.optional(),
})
export type GetCompanyAddressesParamsType = z.infer<typeof GetCompanyAddressesParams>
