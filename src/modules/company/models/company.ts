import { model } from "@medusajs/framework/utils"
import { COMPANY_STATUSES, PAYMENT_TERMS } from "../../../lib/company/vocabulary"
import { Employee } from "./employee"

export { COMPANY_STATUSES }

export const Company = model
  .define("company", {
    id: model.id({ prefix: "comp" }).primaryKey(),
    name: model.text().searchable(),
    legal_name: model.text().searchable().nullable(),
    tax_id: model.text().searchable().nullable(),
    email: model.text().searchable().nullable(),
    phone: model.text().nullable(),
    address_1: model.text().nullable(),
    address_2: model.text().nullable(),
    city: model.text().nullable(),
    postal_code: model.text().nullable(),
    province: model.text().nullable(),
    country_code: model.text().nullable(),
    currency_code: model.text().nullable(),
    status: model.enum([...COMPANY_STATUSES]).default("active"),
    // Medusa records the company's terms live in; kept here so the cart hot path needs no join.
    customer_group_id: model.text().nullable(),
    price_list_id: model.text().nullable(),
    promotion_id: model.text().nullable(),
    min_order_amount: model.bigNumber().nullable(),
    // The currency the minimum is stated in: a cart in another currency cannot be held to it.
    min_order_currency_code: model.text().nullable(),
    // Payment terms: how the company pays, and how much it may owe on account.
    payment_terms: model.enum([...PAYMENT_TERMS]).default("prepaid"),
    net_days: model.number().nullable(),
    credit_limit: model.bigNumber().nullable(),
    overdue_hold_days: model.number().nullable(),
    contract_number: model.text().nullable(),
    contract_date: model.dateTime().nullable(),
    account_manager_id: model.text().nullable(),
    notes: model.text().nullable(),
    metadata: model.json().nullable(),
    employees: model.hasMany(() => Employee, { mappedBy: "company" }),
  })
  .cascades({ delete: ["employees"] })
  .indexes([
    { on: ["status"], where: "deleted_at IS NULL" },
    { on: ["customer_group_id"], unique: true, where: "deleted_at IS NULL AND customer_group_id IS NOT NULL" },
    // A company's override price list is its own: sharing one would show one company another's prices.
    { on: ["price_list_id"], unique: true, where: "deleted_at IS NULL AND price_list_id IS NOT NULL" },
  ])
