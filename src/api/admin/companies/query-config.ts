export const COMPANY_FIELDS = [
  "id", "name", "legal_name", "tax_id", "email", "phone", "address_1", "address_2", "city",
  "postal_code", "province", "country_code", "currency_code", "status", "customer_group_id",
  "price_list_id", "promotion_id", "min_order_amount", "min_order_currency_code", "payment_terms", "net_days", "credit_limit",
  "overdue_hold_days", "contract_number", "contract_date", "account_manager_id", "notes", "metadata",
  "created_at", "updated_at",
]

export const EMPLOYEE_FIELDS = [
  "id", "company_id", "customer_id", "email", "first_name", "last_name", "role", "spending_limit",
  "created_at", "updated_at",
]

/** What a buyer may see of their own company: everything but the merchant's internal notes and data. */
export const STORE_COMPANY_FIELDS = COMPANY_FIELDS.filter((f) => !["notes", "metadata", "account_manager_id"].includes(f))

export const listCompaniesConfig = { defaults: COMPANY_FIELDS, isList: true }
export const retrieveCompanyConfig = {
  defaults: [...COMPANY_FIELDS, ...EMPLOYEE_FIELDS.map((f) => `employees.${f}`)],
  isList: false,
}
export const listEmployeesConfig = { defaults: EMPLOYEE_FIELDS, isList: true }
export const listCompanyOrdersConfig = {
  defaults: [
    "id", "display_id", "status", "email", "customer_id", "currency_code", "total", "subtotal",
    "created_at", "payment_status", "fulfillment_status",
  ],
  isList: true,
}
