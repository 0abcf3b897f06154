// Raw HTTP for the sweep: bodies and paths axios would refuse to send (NUL, malformed JSON, no boundary),
// and a deadline, so a request that never gets an answer fails the sweep instead of hanging it.
import http from "node:http"

export type RawRequest = {
  method: string
  path: string
  headers?: Record<string, string>
  body?: string | Buffer
}

export type RawAnswer = { status: number; body: unknown; text: string; ms: number } | { status: "timeout"; ms: number }

export function send(baseUrl: string, request: RawRequest, timeoutMs: number): Promise<RawAnswer> {
  const url = new URL(baseUrl)
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, method: request.method, path: request.path, headers: request.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = []
        res.on("data", (chunk: Buffer) => chunks.push(chunk))
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8")
          let body: unknown = undefined
          if ((res.headers["content-type"] ?? "").includes("json")) {
            try {
              body = JSON.parse(text)
            } catch {
              body = undefined
            }
          }
          clearTimeout(timer)
          resolve({ status: res.statusCode ?? 0, body, text, ms: Date.now() - started })
        })
        res.on("error", reject)
      }
    )
    const timer = setTimeout(() => {
      req.destroy()
      resolve({ status: "timeout", ms: Date.now() - started })
    }, timeoutMs)
    req.on("error", (error) => {
      clearTimeout(timer)
      // A server that drops the connection did not answer either.
      resolve({ status: "timeout", ms: Date.now() - started, ...{ error: error.message } })
    })
    if (request.body !== undefined) {
      req.write(request.body)
    }
    req.end()
  })
}

/** Runs `work` over `items` with at most `limit` in flight. */
export async function inBatches<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}
