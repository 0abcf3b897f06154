// Small request helpers for HTTP specs.

/** The response of a request that is expected to fail: its status and Medusa's `{ type, message }`. */
export const failure = async (request: Promise<unknown>) => {
  try {
    await request
  } catch (e: any) {
    return { status: e.response?.status as number, ...(e.response?.data ?? {}) }
  }
  throw new Error("expected the request to fail")
}

/** Retries `probe` until it returns something truthy or time is up: subscribers run after a request has answered. */
export const eventually = async <T>(probe: () => Promise<T>, timeoutMs = 15_000): Promise<T> => {
  const until = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value || Date.now() > until) {
      return value
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}
