/**
 * Who may act on a cart. Medusa lets anyone who knows a cart's id read, change and complete it; the plugin
 * narrows that for company carts.
 *
 * A company cart is a cart whose customer is, right now, an employee of a company. Such a cart may be read,
 * changed and completed only by that customer, logged in. Everyone else — a colleague of any role, an
 * employee of another company, a customer of no company, an anonymous caller — is answered exactly as for a
 * cart that does not exist, so a cart id learnt elsewhere gives nothing away.
 *
 * Carts of customers with no company, and guest carts, keep Medusa's own rules.
 */
export type CartAccess = "allowed" | "not_found"

export interface CartOwnershipFacts {
  /** The customer the cart belongs to, if any. */
  cart_customer_id: string | null
  /** Whether that customer is currently an employee of a company. */
  cart_customer_is_employee: boolean
  /** The logged-in customer making the request, or null for an anonymous caller. */
  caller_customer_id: string | null
}

export function cartAccess(facts: CartOwnershipFacts): CartAccess {
  if (!facts.cart_customer_id || !facts.cart_customer_is_employee) {
    return "allowed"
  }
  return facts.caller_customer_id === facts.cart_customer_id ? "allowed" : "not_found"
}

export type CartEmailClaim = "allowed" | "forbidden"

/**
 * Setting an e-mail on a cart that has no customer yet makes Medusa give the cart to the registered customer
 * with that e-mail. Nobody but that customer, logged in, may do this for a company's employee: a company cart is
 * built by its own customer. A cart that already has a customer keeps it whatever e-mail is set, and a cart
 * created by a logged-in customer is theirs, so neither is judged here.
 */
export function cartEmailClaim(facts: {
  /** The customer the cart has (for a cart being created: the logged-in caller), or null. */
  cart_customer_id: string | null
  caller_customer_id: string | null
  /** Registered customers with the e-mail being set who are currently employees of a company. */
  employee_customer_ids: string[]
}): CartEmailClaim {
  if (facts.cart_customer_id) {
    return "allowed"
  }
  return facts.employee_customer_ids.some((id) => id !== facts.caller_customer_id) ? "forbidden" : "allowed"
}

export const COMPANY_CART_EMAIL_MESSAGE =
  "This e-mail belongs to a company account: its customer must log in to build a cart for the company."
