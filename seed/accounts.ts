// Login accounts for the demo and the tests: an emailpass identity (so the account can log in
// through /auth) tied to an admin user or a customer by Medusa's own account workflows.
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow, createUserAccountWorkflow } from "@medusajs/medusa/core-flows"

type Identity = { id: string; app_metadata?: Record<string, unknown> | null }

/** The emailpass identity for the email, registered with the password when it does not exist yet. */
async function ensureEmailpassIdentity(container: MedusaContainer, email: string, password: string): Promise<Identity> {
  const auth = container.resolve(Modules.AUTH)
  const [provider] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" })
  if (provider?.auth_identity_id) {
    return auth.retrieveAuthIdentity(provider.auth_identity_id)
  }
  const registered = await auth.register("emailpass", { body: { email, password } })
  if (!registered.success || !registered.authIdentity) {
    throw new Error(`Could not register a login for ${email}: ${registered.error ?? "unknown reason"}`)
  }
  return registered.authIdentity
}

export type AccountInput = { email: string; password: string; first_name?: string; last_name?: string }

/** An admin user who can log in with the email and password; reused when it exists. */
export async function ensureAdminUser(container: MedusaContainer, input: AccountInput) {
  const email = input.email.toLowerCase()
  const identity = await ensureEmailpassIdentity(container, email, input.password)
  const users = container.resolve(Modules.USER)
  const [existing] = await users.listUsers({ email })
  if (existing) {
    if (identity.app_metadata?.user_id !== existing.id) {
      await container.resolve(Modules.AUTH).updateAuthIdentities({
        id: identity.id,
        app_metadata: { ...(identity.app_metadata ?? {}), user_id: existing.id },
      })
    }
    return { user: existing, auth_identity_id: identity.id, created: false }
  }
  const { result } = await createUserAccountWorkflow(container).run({
    input: {
      authIdentityId: identity.id,
      userData: { email, first_name: input.first_name ?? null, last_name: input.last_name ?? null },
    },
  })
  return { user: result, auth_identity_id: identity.id, created: true }
}

/** A registered customer (has_account) who can log in with the email and password; reused when it exists. */
export async function ensureCustomerAccount(
  container: MedusaContainer,
  input: AccountInput & { company_name?: string; phone?: string }
) {
  const email = input.email.toLowerCase()
  const customers = container.resolve(Modules.CUSTOMER)
  const [existing] = await customers.listCustomers({ email, has_account: true })
  if (existing) {
    return { customer: existing, created: false }
  }
  const identity = await ensureEmailpassIdentity(container, email, input.password)
  const { result } = await createCustomerAccountWorkflow(container).run({
    input: {
      authIdentityId: identity.id,
      customerData: {
        email,
        first_name: input.first_name,
        last_name: input.last_name,
        company_name: input.company_name,
        phone: input.phone,
      },
    },
  })
  return { customer: result, created: true }
}
