// Small request helpers for HTTP specs.

/** The response of a request that is expected to fail: its status and Medusa's `{ type, message }`. */
export const failure = async (request: Promise<unknown>) => {
  let answer: unknown
  try {
    answer = await request
  } catch (e: any) {
    // Only an answer from the server counts: a request that never got one is an error of the test.
    if (!e?.response) throw e
    return { status: e.response.status as number, ...(e.response.data ?? {}) } as { status: number; type: string; message: string } & Record<string, any>
  }
  const { status, data } = (answer ?? {}) as { status?: number; data?: unknown }
  throw new Error(`expected the request to fail, got ${status}: ${JSON.stringify(data)}`)
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
