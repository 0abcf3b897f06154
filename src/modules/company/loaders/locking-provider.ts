import type { ConfigModule, LoaderOptions, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { inMemoryLockingWarning } from "../../../lib/deployment/locking"

/** Warns at start when the app runs where several processes may serve it with Medusa's in-memory locking. */
export default async function lockingProviderCheck({ container }: LoaderOptions): Promise<void> {
  const config = container.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE, { allowUnregistered: true })
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER, { allowUnregistered: true })
  if (!config || !logger) {
    return
  }
  const modules = (config.modules ?? {}) as Record<string, unknown>
  const warning = inMemoryLockingWarning({
    locking: modules[Modules.LOCKING],
    workerMode: config.projectConfig?.workerMode,
    nodeEnv: process.env.NODE_ENV,
  })
  if (warning) {
    logger.warn(warning)
  }
}
