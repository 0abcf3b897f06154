import { PassThrough, type Readable } from "node:stream"
import type { MedusaRequest } from "@medusajs/framework/http"

export type UploadLimits = { maxBytes: number; idleMs: number; totalMs: number }

const fromEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value > 0 ? value : fallback
}

/** 25 MB, 10 s without a byte, 15 min in all; the environment may lower them (tests do). */
export const uploadLimits = (): UploadLimits => ({
  maxBytes: fromEnv("PRICE_IMPORT_MAX_BYTES", 25 * 1024 * 1024),
  idleMs: fromEnv("PRICE_IMPORT_IDLE_TIMEOUT_MS", 10_000),
  totalMs: fromEnv("PRICE_IMPORT_TOTAL_TIMEOUT_MS", 15 * 60_000),
})

/**
 * An upload stopped by a limit. Medusa's error handler answers errors shaped like http-errors' with their
 * own status and message, which is how 408 and 413 (statuses Medusa's error types lack) reach the client.
 */
export class UploadLimitError extends Error {
  readonly expose = true
  constructor(
    readonly status: 400 | 408 | 413,
    message: string
  ) {
    super(message)
  }
  get statusCode() {
    return this.status
  }
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

export type LimitedUpload = {
  /** The request body; destroyed with the UploadLimitError when a limit is reached. */
  body: Readable
  /** Rejects with the UploadLimitError when a limit is reached, so the answer need not wait for a reader. */
  stopped: Promise<never>
}

/**
 * The request body as a stream that stops once the body passes `maxBytes`, stalls for `idleMs` or takes
 * longer than `totalMs`: the request is no longer read, the stream fails and `stopped` rejects with the
 * limit, whichever reader is (or is not yet) attached. A declared length past the limit fails at once.
 */
export function limitedUploadBody(req: MedusaRequest, limits: UploadLimits = uploadLimits()): LimitedUpload {
  const body = new PassThrough()
  // The reader may attach later (after the import's first lookups); it finds the failure in `errored`.
  body.on("error", () => undefined)
  let stop: (error: UploadLimitError) => void = () => undefined
  const stopped = new Promise<never>((_, reject) => (stop = reject))
  stopped.catch(() => undefined)
  const declared = Number(req.headers["content-length"])
  const fail = (error: UploadLimitError) => {
    clearTimeout(idle)
    clearTimeout(total)
    req.unpipe(body)
    req.pause()
    body.destroy(error)
    stop(error)
  }
  const tooLarge = () =>
    new UploadLimitError(413, `The upload is larger than ${megabytes(limits.maxBytes)}; split the file and import the parts`)
  let received = 0
  let idle: NodeJS.Timeout
  const total = setTimeout(
    () => fail(new UploadLimitError(408, `The upload took longer than ${Math.round(limits.totalMs / 1000)} s; nothing more was read`)),
    limits.totalMs
  )
  const stillSending = () => {
    clearTimeout(idle)
    idle = setTimeout(
      () => fail(new UploadLimitError(408, `The upload stalled: no data for ${Math.round(limits.idleMs / 1000)} s; nothing more was read`)),
      limits.idleMs
    )
  }
  stillSending()
  body.on("close", () => {
    clearTimeout(idle)
    clearTimeout(total)
  })
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    process.nextTick(() => fail(tooLarge()))
    return { body, stopped }
  }
  req.on("data", (chunk: Buffer) => {
    received += chunk.length
    if (received > limits.maxBytes) {
      fail(tooLarge())
    } else {
      stillSending()
    }
  })
  req.on("end", () => {
    clearTimeout(idle)
    clearTimeout(total)
  })
  req.on("aborted", () => fail(new UploadLimitError(400, "The upload was aborted by the client")))
  req.pipe(body)
  return { body, stopped }
}
