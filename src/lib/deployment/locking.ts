// Which locking provider Medusa will use, read from the app's configuration the way Medusa's locking module
// chooses its default (node_modules/@medusajs/locking/dist/loaders/providers.js).

export const IN_MEMORY_LOCKING = "in-memory"

type ProviderConfig = { resolve?: unknown; id?: unknown; is_default?: unknown }

const providersOf = (locking: unknown): ProviderConfig[] => {
  if (typeof locking !== "object" || locking === null) return []
  const options = (locking as { options?: { providers?: unknown } }).options
  return Array.isArray(options?.providers) ? (options!.providers as ProviderConfig[]) : []
}

/**
 * The id of the default locking provider for the `locking` entry of the app's `modules`: the only provider, else
 * the one marked `is_default`, else Medusa's in-memory provider (also when no provider is configured at all).
 */
export function defaultLockingProvider(locking: unknown): string {
  const providers = providersOf(locking)
  const chosen = providers.length === 1 ? providers[0] : providers.find((provider) => provider.is_default === true)
  if (!chosen) return IN_MEMORY_LOCKING
  const resolve = typeof chosen.resolve === "string" ? chosen.resolve : ""
  return resolve.includes(IN_MEMORY_LOCKING) ? IN_MEMORY_LOCKING : String(chosen.id ?? resolve)
}

/**
 * A warning when Medusa's in-memory locking provider is in use where more than one process may serve the store:
 * production mode (NODE_ENV=production, usually several instances behind a load balancer) or a split deployment
 * (`workerMode` `server` or `worker`: at least two processes). An in-memory lock holds within one process only.
 * Null when nothing is wrong or the app runs as one development process.
 */
export function inMemoryLockingWarning(input: {
  locking: unknown
  workerMode?: string | null
  nodeEnv?: string | null
}): string | null {
  if (defaultLockingProvider(input.locking) !== IN_MEMORY_LOCKING) return null
  const split = input.workerMode === "server" || input.workerMode === "worker"
  if (input.nodeEnv !== "production" && !split) return null
  const why = split ? `workerMode is "${input.workerMode}"` : "NODE_ENV is production"
  return (
    `medusa-b2b-wholesale: Medusa's in-memory locking provider is active and ${why}. Company price writes take ` +
    `a Medusa lock per company, which an in-memory provider holds within one process only: with several ` +
    `instances, configure a distributed provider, e.g. @medusajs/medusa/locking-redis (see the plugin's README).`
  )
}
