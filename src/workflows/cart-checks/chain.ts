import { MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { Buyer, CartCheckSubject, CartViolation } from "../../lib/cart-checks/types"
import type { CartCheckContext, CartCheckRegistration } from "./types"
import { loadBuyer } from "../../queries/buyer"

// Medusa allows one handler per workflow hook, so the plugin owns the cart hooks and runs
// every registered check from them. Host apps add checks here instead of registering the hook.
const registry = new Map<string, Required<Omit<CartCheckRegistration, "stages">> & CartCheckRegistration>()

export function registerCartCheck(registration: CartCheckRegistration): () => void {
  if (!registration?.name || typeof registration.check !== "function") {
    throw new Error("registerCartCheck needs a name and a check function")
  }
  registry.set(registration.name, { order: 1000, ...registration })
  return () => {
    if (registry.get(registration.name)?.check === registration.check) {
      registry.delete(registration.name)
    }
  }
}

export function listCartChecks(): string[] {
  return orderedChecks().map((c) => c.name)
}

function orderedChecks() {
  return [...registry.values()].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name))
}

export function createCheckContext(container: MedusaContainer, customerId: string | null): CartCheckContext {
  let buyer: Promise<Buyer | null> | undefined
  return {
    container,
    buyer: () => (buyer ??= customerId ? loadBuyer(container, customerId) : Promise.resolve(null)),
  }
}

/** Runs every check registered for the subject's stage and returns all violations, in order. */
export async function collectCartViolations(
  subject: CartCheckSubject,
  context: CartCheckContext
): Promise<CartViolation[]> {
  const violations: CartViolation[] = []
  for (const entry of orderedChecks()) {
    if (entry.stages && !entry.stages.includes(subject.stage)) {
      continue
    }
    const found = await entry.check(subject, context)
    if (found?.length) {
      violations.push(...found)
    }
  }
  return violations
}

/** Throws the violations as one Medusa error: 403 when who is buying is refused, else 400. */
export function throwIfViolated(violations: CartViolation[]): void {
  if (!violations.length) {
    return
  }
  const forbidden = violations.filter((v) => v.kind === "forbidden")
  const shown = forbidden.length ? forbidden : violations
  const message = [...new Set(shown.map((v) => v.message))].join(" ")
  throw new MedusaError(
    forbidden.length ? MedusaError.Types.FORBIDDEN : MedusaError.Types.INVALID_DATA,
    message
  )
}

export async function assertCartAllowed(
  subject: CartCheckSubject,
  context: CartCheckContext
): Promise<void> {
  throwIfViolated(await collectCartViolations(subject, context))
}
