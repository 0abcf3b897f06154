import type { MedusaContainer } from "@medusajs/framework/types"
import type { Buyer, CartCheckStage, CartCheckSubject, CartViolation } from "../../lib/cart-checks/types"

export interface CartCheckContext {
  container: MedusaContainer
  /** The customer's employee record and company, loaded once per run and shared by all checks. */
  buyer(): Promise<Buyer | null>
}

export type CartCheck = (
  subject: CartCheckSubject,
  context: CartCheckContext
) => Promise<CartViolation[]> | CartViolation[]

export interface CartCheckRegistration {
  /** Unique name; registering the same name again replaces the check (safe on hot reload). */
  name: string
  check: CartCheck
  /** Stages to run at; all stages when omitted. */
  stages?: CartCheckStage[]
  /** Lower runs first; the plugin's own checks use 100–300. Default 1000. */
  order?: number
}
