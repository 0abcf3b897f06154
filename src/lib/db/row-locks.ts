import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { MedusaError } from "@medusajs/framework/utils"

/** The shared context of a module method that runs inside Medusa's transaction manager. */
export type TxContext = Context<SqlEntityManager>

/**
 * The knex transaction a module method runs in. Row locks are only worth taking inside one: a `FOR UPDATE`
 * outside a transaction is released at once and serialises nothing, so a call without one is a programming error.
 */
export function transactionOf(sharedContext: TxContext, what: string) {
  const knex = sharedContext.transactionManager?.getTransactionContext()
  if (!knex) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `${what} must run inside a transaction.`)
  }
  return knex
}

/** PostgreSQL's "lock not available", raised when `lock_timeout` runs out. */
const LOCK_NOT_AVAILABLE = "55P03"

/** Runs a locking query; a lock not granted in time is a 409 conflict the caller may retry, with `busy` as its message. */
export async function whenLockGranted<T>(query: PromiseLike<T>, busy: string): Promise<T> {
  try {
    return await query
  } catch (error) {
    if ((error as { code?: string })?.code === LOCK_NOT_AVAILABLE) {
      throw new MedusaError(MedusaError.Types.CONFLICT, busy)
    }
    throw error
  }
}
