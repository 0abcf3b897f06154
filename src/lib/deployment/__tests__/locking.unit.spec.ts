import lockingProviderCheck from "../../../modules/company/loaders/locking-provider"
import { defaultLockingProvider, inMemoryLockingWarning } from "../locking"

const redis = { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", options: { redisUrl: "redis://x" } }
const postgres = { resolve: "@medusajs/medusa/locking-postgres", id: "locking-postgres" }

describe("the default locking provider, as Medusa's locking module picks it", () => {
  it("is in-memory without providers, and with several none of which is the default", () => {
    expect(defaultLockingProvider(undefined)).toBe("in-memory")
    expect(defaultLockingProvider({ resolve: "@medusajs/medusa/locking" })).toBe("in-memory")
    expect(defaultLockingProvider({ options: { providers: [redis, postgres] } })).toBe("in-memory")
  })

  it("is the only provider, or the one marked is_default", () => {
    expect(defaultLockingProvider({ options: { providers: [redis] } })).toBe("locking-redis")
    expect(defaultLockingProvider({ options: { providers: [redis, { ...postgres, is_default: true }] } })).toBe("locking-postgres")
  })
})

describe("the warning at start", () => {
  it("warns with in-memory locking in production or a split server/worker deployment", () => {
    expect(inMemoryLockingWarning({ locking: undefined, nodeEnv: "production" })).toMatch(/locking-redis/)
    expect(inMemoryLockingWarning({ locking: undefined, nodeEnv: "development", workerMode: "worker" })).toMatch(/workerMode is "worker"/)
  })

  it("stays quiet with a distributed provider, and for one development process", () => {
    expect(inMemoryLockingWarning({ locking: { options: { providers: [redis] } }, nodeEnv: "production" })).toBeNull()
    expect(inMemoryLockingWarning({ locking: undefined, nodeEnv: "development", workerMode: "shared" })).toBeNull()
  })

  it("is logged by the company module's loader from the app's configuration", async () => {
    const warn = jest.fn()
    const registry: Record<string, unknown> = {
      configModule: { projectConfig: { workerMode: "server" }, modules: { locking: { resolve: "@medusajs/medusa/locking" } } },
      logger: { warn },
    }
    const container = { resolve: (key: string) => registry[key] }
    await lockingProviderCheck({ container } as unknown as Parameters<typeof lockingProviderCheck>[0])
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("in-memory locking provider is active"))
  })
})
