import {
  authenticate,
  validateAndTransformBody,
  type MedusaNextFunction,
  type MedusaResponse,
  type MedusaStoreRequest as MedusaRequest,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { employeeCustomerIds } from "../../../queries/company-of-customer"
import { cartAccess, cartEmailClaim, COMPANY_CART_EMAIL_MESSAGE } from "../../../lib/cart-checks/ownership"
import { StoreSetCartCompanyAddress } from "./[id]/company-address/validators"

// Medusa lets anyone who knows a cart's id act on it. A company cart (its customer is an employee of a company)
// is its customer's alone: these middlewares answer everyone else as if the cart did not exist.

const callerOf = (req: MedusaRequest): string | null =>
  req.auth_context?.actor_type === "customer" && req.auth_context.actor_id ? req.auth_context.actor_id : null

/** An id PostgreSQL cannot even compare is not a cart; Medusa's own route answers it. */
const usableId = (id: unknown): id is string => typeof id === "string" && id.length > 0 && !id.includes("\u0000")

const cartNotFound = (id: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id '${id}' not found`)

async function cartCustomerId(req: MedusaRequest, cartId: string): Promise<string | null | undefined> {
  const [cart] = await req.scope
    .resolve(Modules.CART)
    .listCarts({ id: cartId }, { select: ["id", "customer_id"], take: 1 })
  return cart ? (cart.customer_id ?? null) : undefined
}

/** Throws the cart's "not found" unless the caller may act on it. A missing cart is left to Medusa's route. */
async function assertMayActOnCart(req: MedusaRequest, cartId: string, notFound: () => MedusaError) {
  const customerId = await cartCustomerId(req, cartId)
  if (!customerId) {
    return
  }
  const caller = callerOf(req)
  const access = cartAccess({
    cart_customer_id: customerId,
    caller_customer_id: caller,
    // The caller's own cart needs no lookup.
    cart_customer_is_employee: caller === customerId ? false : (await employeeCustomerIds(req.scope, [customerId])).length > 0,
  })
  if (access === "not_found") {
    throw notFound()
  }
}

/** Every route under `/store/carts/:id` (read, update, lines, promotions, shipping, taxes, customer, complete, checks). */
export async function companyCartOwnerOnly(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const cartId = req.params.id
  if (usableId(cartId)) {
    await assertMayActOnCart(req, cartId, () => cartNotFound(cartId))
  }
  next()
}

/** Payment collections of a company cart: created for the cart, sessions opened on it. */
export async function companyCartPaymentOwnerOnly(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const collectionId = req.params.id
  if (!collectionId) {
    // Mounted on the collection list: only creating a collection for a cart names the cart.
    if (req.method !== "POST" || (req.path !== "/" && req.path !== "")) {
      return next()
    }
    const cartId = (req.body as { cart_id?: unknown } | undefined)?.cart_id
    if (usableId(cartId)) {
      await assertMayActOnCart(req, cartId, () => cartNotFound(cartId))
    }
  } else if (usableId(collectionId)) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart_payment_collection",
      fields: ["cart_id"],
      filters: { payment_collection_id: collectionId },
    })
    const cartId = (data[0] as { cart_id?: string } | undefined)?.cart_id
    if (cartId) {
      await assertMayActOnCart(
        req,
        cartId,
        () => new MedusaError(MedusaError.Types.NOT_FOUND, `Payment collection with id '${collectionId}' not found`)
      )
    }
  }
  next()
}

/** Refuses an e-mail that would hand a cart without a customer to a company's employee other than the caller. */
export async function noCompanyCartByEmail(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const email = (req.body as { email?: unknown } | undefined)?.email
  if (typeof email !== "string" || !email.trim() || email.includes("\u0000")) {
    return next()
  }
  const caller = callerOf(req)
  const cartId = req.params.id
  if (cartId !== undefined && !usableId(cartId)) {
    return next()
  }
  // A new cart is created for the logged-in caller; an existing one keeps the customer it has.
  const cartCustomer = cartId ? ((await cartCustomerId(req, cartId)) ?? null) : caller
  if (cartCustomer) {
    return next()
  }
  const customers = await req.scope
    .resolve(Modules.CUSTOMER)
    .listCustomers({ email: email.trim().toLowerCase(), has_account: true }, { select: ["id"] })
  const employees = await employeeCustomerIds(
    req.scope,
    customers.map((customer) => customer.id)
  )
  if (cartEmailClaim({ cart_customer_id: null, caller_customer_id: caller, employee_customer_ids: employees }) === "forbidden") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, COMPANY_CART_EMAIL_MESSAGE)
  }
  next()
}

export const storeCartMiddlewares: MiddlewareRoute[] = [
  // No method: a prefix match, so every route below a cart id is covered, including routes added later.
  { matcher: "/store/carts/:id", middlewares: [companyCartOwnerOnly] },
  { method: ["POST"], matcher: "/store/carts", middlewares: [noCompanyCartByEmail] },
  { method: ["POST"], matcher: "/store/carts/:id", middlewares: [noCompanyCartByEmail] },
  { matcher: "/store/payment-collections", middlewares: [companyCartPaymentOwnerOnly] },
  { matcher: "/store/payment-collections/:id", middlewares: [companyCartPaymentOwnerOnly] },
  {
    method: ["POST"],
    matcher: "/store/carts/:id/company-address",
    middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformBody(StoreSetCartCompanyAddress)],
  },
]
