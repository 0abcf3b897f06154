// Authentication for HTTP specs: an admin bearer token signed like Medusa's own login does,
// store headers with the publishable key, and buyers registered through the real auth routes.
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateJwtToken } from "@medusajs/framework/utils"
import { ensureAdminUser } from "../../seed/accounts"

/** The part of the test runner's axios instance these functions use. */
export type HttpClient = {
  get: (url: string, config?: RequestConfig) => Promise<{ status: number; data: any }>
  post: (url: string, body?: unknown, config?: RequestConfig) => Promise<{ status: number; data: any }>
  delete: (url: string, config?: RequestConfig) => Promise<{ status: number; data: any }>
}

export type RequestConfig = { headers: Record<string, string> }

export const ADMIN_EMAIL = "admin@wholesale.test"
export const DEFAULT_PASSWORD = "supersecret"

/** Creates the admin user once (with an emailpass identity) and returns bearer headers for it. */
export async function adminHeaders(
  container: MedusaContainer,
  email: string = ADMIN_EMAIL
): Promise<RequestConfig & { user_id: string }> {
  const { user, auth_identity_id } = await ensureAdminUser(container, { email, password: DEFAULT_PASSWORD })
  const userId = user.id

  const { http } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const token = generateJwtToken(
    {
      actor_id: userId,
      actor_type: "user",
      auth_identity_id,
      app_metadata: { user_id: userId },
    },
    { secret: http.jwtSecret, expiresIn: "1d" }
  )
  return { headers: { authorization: `Bearer ${token}` }, user_id: userId }
}

export function storeHeaders(publishableKey: string, token?: string): RequestConfig {
  return {
    headers: {
      "x-publishable-api-key": publishableKey,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  }
}

export type RegisteredCustomer = {
  customer: { id: string; email: string; first_name?: string | null; last_name?: string | null }
  token: string
  headers: RequestConfig
}

/** Registers a customer the way a storefront does: auth identity, customer, then login. */
export async function registerCustomer(
  api: HttpClient,
  publishableKey: string,
  input: { email: string; password?: string; first_name?: string; last_name?: string }
): Promise<RegisteredCustomer> {
  const password = input.password ?? DEFAULT_PASSWORD
  const credentials = { email: input.email, password }

  const registration = await api.post("/auth/customer/emailpass/register", credentials)
  const { data } = await api.post(
    "/store/customers",
    { email: input.email, first_name: input.first_name ?? "Test", last_name: input.last_name ?? "Buyer" },
    storeHeaders(publishableKey, registration.data.token)
  )
  const token = await loginCustomer(api, input.email, password)
  return { customer: data.customer, token, headers: storeHeaders(publishableKey, token) }
}

export async function loginCustomer(api: HttpClient, email: string, password: string = DEFAULT_PASSWORD) {
  const { data } = await api.post("/auth/customer/emailpass", { email, password })
  return data.token as string
}
