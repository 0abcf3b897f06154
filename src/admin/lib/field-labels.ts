/**
 * A server message (written in the API's field names) in the words of the form the admin filled in:
 * "increment" becomes "Step", "currency_code" becomes "Currency". Only whole words are replaced.
 */
export function inFieldLabels(message: string, labels: Record<string, string>): string {
  return Object.entries(labels).reduce(
    (text, [field, label]) => text.replace(new RegExp(`(?<![\\w.])${field}(?![\\w])`, "g"), label),
    message
  )
}

/** The company form's labels of the API's fields. */
export const COMPANY_FIELD_LABELS: Record<string, string> = {
  min_order_currency_code: "Minimum order currency",
  min_order_amount: "Minimum order amount",
  currency_code: "Currency",
  country_code: "Country",
  legal_name: "Legal name",
  tax_id: "Tax ID",
  address_1: "Address",
  address_2: "Apartment, suite, etc.",
  postal_code: "Postal code",
  account_manager_id: "Account manager",
}
