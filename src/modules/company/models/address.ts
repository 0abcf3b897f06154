import { model } from "@medusajs/framework/utils"
import { COMPANY_ADDRESS_KINDS } from "../../../lib/company/vocabulary"

/** A company's billing address or one of its delivery sites, in the fields of a Medusa address. */
export const CompanyAddress = model
  .define("company_address", {
    id: model.id({ prefix: "caddr" }).primaryKey(),
    company_id: model.text(),
    kind: model.enum([...COMPANY_ADDRESS_KINDS]).default("shipping"),
    label: model.text().nullable(),
    first_name: model.text().nullable(),
    last_name: model.text().nullable(),
    company: model.text().nullable(),
    address_1: model.text().nullable(),
    address_2: model.text().nullable(),
    city: model.text().nullable(),
    postal_code: model.text().nullable(),
    province: model.text().nullable(),
    country_code: model.text().nullable(),
    phone: model.text().nullable(),
    /** The delivery site offered first; at most one per company. */
    is_default: model.boolean().default(false),
  })
  .indexes([
    { name: "IDX_company_address_company_id", on: ["company_id"], where: "deleted_at IS NULL" },
    // One billing address per company, held by PostgreSQL whatever the callers do at the same moment.
    { name: "IDX_company_address_one_billing", on: ["company_id"], unique: true, where: "deleted_at IS NULL AND kind = 'billing'" },
    { name: "IDX_company_address_one_default_shipping", on: ["company_id"], unique: true, where: "deleted_at IS NULL AND kind = 'shipping' AND is_default = true" },
  ])
