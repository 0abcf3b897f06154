/**
 * What a storefront may read, route by route. Every store route of the plugin has an entry (a test that
 * sweeps all routes under src/api fails for a route missing here): the answer of a store route holds
 * only these paths, and `fields=` may name only `allowed` entries (anything else answers 400).
 *
 * Never list the merchant's internal data here: a company's `notes`, `metadata` and account manager,
 * colleagues' carts, customers' phone numbers and addresses.
 */
import { EMPLOYEE_FIELDS, STORE_COMPANY_FIELDS } from "../admin/companies/query-config"
import { INVITATION_FIELDS } from "../utils/invitations"
import { COMPANY_ADDRESS_FIELDS } from "../utils/company-addresses"
import { ADDRESS_FIELDS } from "../../lib/company/vocabulary"
import { LEDGER_ENTRY_FIELDS } from "../../queries/credit"

export type StoreRouteFields = {
  /** The answer's key holding the records `fields=` shapes; absent when the route takes no `fields`. */
  records?: string
  /** Paths inside each record a storefront may ask for (Medusa's query config `allowed`: exact paths). */
  allowed: string[]
  /** Paths answered when the request names no `fields`. */
  defaults: string[]
  /** Every other path the answer may hold, from its root (arrays are looked through). */
  answer: string[]
}

const PAGE = ["count", "offset", "limit"]
const under = (key: string, fields: readonly string[]) => fields.map((f) => `${key}.${f}`)

/** A route that answers fixed paths and takes no `fields=`. */
const fixed = (...answer: string[][]): StoreRouteFields => ({ allowed: [], defaults: [], answer: answer.flat() })

/** A route whose records a storefront shapes with `fields=` within `allowed`. */
const shaped = (records: string, defaults: readonly string[], extra: readonly string[] = [], answer: string[] = PAGE): StoreRouteFields => ({
  records,
  defaults: [...defaults],
  allowed: [...new Set([...defaults, ...extra])],
  answer,
})

export const STORE_EMPLOYEE_FIELDS = EMPLOYEE_FIELDS
export { STORE_COMPANY_FIELDS }

/** The caller's employee record and company, as `/store/companies/me` answers them. */
const BUYER = [under("employee", STORE_EMPLOYEE_FIELDS), under("company", STORE_COMPANY_FIELDS)]

export const STORE_ORDER_FIELDS = [
  "id", "display_id", "status", "email", "customer_id", "currency_code", "total", "subtotal",
  "created_at", "payment_status", "fulfillment_status",
]
const STORE_ORDER_EXTRA_FIELDS = [
  "updated_at", "item_total", "item_subtotal", "tax_total", "shipping_total", "discount_total",
  "items", "items.id", "items.title", "items.subtitle", "items.thumbnail", "items.variant_id", "items.product_id",
  "items.product_title", "items.variant_title", "items.variant_sku", "items.quantity", "items.unit_price",
  "items.subtotal", "items.total",
]

const PRICE_ROW = ["id", "variant_id", "sku", "product_title", "variant_title", "currency_code", "amount", "min_quantity", "max_quantity"]
const QUANTITY_RULE = ["variant_id", "id", "min_quantity", "increment", "max_quantity", "unit"]
const VIOLATION = ["code", "message", "kind", "item_id", "variant_id"]
const DELETED = ["id", "object", "deleted"]
const INVITATION = under("invitation", INVITATION_FIELDS)
const ADDRESS = under("address", COMPANY_ADDRESS_FIELDS)
/** An answered invitation; accepting also answers the new employee record. */
const ACCEPTED = [INVITATION, under("employee", STORE_EMPLOYEE_FIELDS)]
/** Invitations addressed to the caller name the inviting company. */
const INVITATION_FOR_ME = [...INVITATION_FIELDS, "company.id", "company.name"]

const CREDIT = [
  "company_id", "currency_code", "payment_terms", "net_days", "credit_limit", "balance", "held", "available",
  "overdue_amount", "oldest_due_at", "payment_options.method", "payment_options.provider_id", "payment_options.available",
  "payment_options.reason",
]

/** Keyed by `METHOD /store/path` as the route's folder spells it (`[id]` → `:id`). */
export const STORE_ROUTE_FIELDS: Record<string, StoreRouteFields> = {
  "POST /store/companies": fixed(...BUYER),
  "GET /store/companies/me": fixed(...BUYER),
  "POST /store/companies/me": fixed(...BUYER),
  "GET /store/companies/me/employees": shaped("employees", STORE_EMPLOYEE_FIELDS),
  // Adding an employee from the store invites them: the answer is the invitation.
  "POST /store/companies/me/employees": fixed(INVITATION),
  "POST /store/companies/me/employees/:employee_id": fixed(under("employee", STORE_EMPLOYEE_FIELDS)),
  "DELETE /store/companies/me/employees/:employee_id": fixed(DELETED),
  "GET /store/companies/me/invitations": fixed(under("invitations", INVITATION_FIELDS), PAGE),
  "POST /store/companies/me/invitations": fixed(INVITATION),
  "DELETE /store/companies/me/invitations/:id": fixed(DELETED),
  "POST /store/companies/me/leave": fixed(DELETED),
  "GET /store/invitations": fixed(under("invitations", INVITATION_FOR_ME), PAGE),
  "POST /store/invitations/accept": fixed(...ACCEPTED),
  "POST /store/invitations/decline": fixed(INVITATION),
  "POST /store/invitations/:id/accept": fixed(...ACCEPTED),
  "POST /store/invitations/:id/decline": fixed(INVITATION),
  "GET /store/companies/me/orders": shaped("orders", STORE_ORDER_FIELDS, STORE_ORDER_EXTRA_FIELDS),
  "GET /store/companies/me/prices": fixed(under("prices", PRICE_ROW), PAGE),
  "GET /store/quantity-rules": fixed(under("quantity_rules", QUANTITY_RULE)),
  "GET /store/companies/me/credit": fixed(under("credit", CREDIT)),
  "GET /store/companies/me/ledger": fixed(under("entries", LEDGER_ENTRY_FIELDS), PAGE),
  "GET /store/carts/:id/b2b-check": fixed(["valid"], under("violations", VIOLATION)),
  // The company's own addresses, which every employee may see and use at checkout.
  "GET /store/companies/me/addresses": shaped("addresses", COMPANY_ADDRESS_FIELDS),
  "POST /store/companies/me/addresses": fixed(ADDRESS),
  "GET /store/companies/me/addresses/:address_id": fixed(ADDRESS),
  "POST /store/companies/me/addresses/:address_id": fixed(ADDRESS),
  "DELETE /store/companies/me/addresses/:address_id": fixed(DELETED),
  "POST /store/carts/:id/company-address": fixed(["cart.id"], under("cart.shipping_address", ADDRESS_FIELDS), under("cart.billing_address", ADDRESS_FIELDS)),
}

/** The query config for `validateAndTransformQuery` of a route that reads `req.queryConfig`. */
export function storeQueryConfig(routeKey: string, isList: boolean) {
  const entry = STORE_ROUTE_FIELDS[routeKey]
  if (!entry?.records) {
    throw new Error(`${routeKey} has no records entry in STORE_ROUTE_FIELDS`)
  }
  return { defaults: entry.defaults, allowed: entry.allowed, isList }
}
