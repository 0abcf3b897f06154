import type { Readable } from "node:stream"
import Busboy from "busboy"
import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { limitedUploadBody, type LimitedUpload } from "../../../../../utils/upload-limits"

const HOW_TO_SEND =
  'Send the CSV as a multipart upload with a file field (e.g. "file"), as a text/csv body, or as JSON { "csv": "..." }'

/** A multipart request Busboy cannot read at all (no boundary, an unknown type) is the client's mistake. */
function multipartReader(req: MedusaRequest) {
  try {
    return Busboy({ headers: req.headers, limits: { files: 1 } })
  } catch (error) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `The upload could not be read: ${(error as Error).message}. ${HOW_TO_SEND}`)
  }
}

/**
 * The first file of a multipart upload, as a stream: nothing of it is buffered here. The body is read
 * under the upload limits, so a stalled or oversized upload fails the import instead of holding it.
 */
function uploadedFile(busboy: ReturnType<typeof Busboy>, upload: LimitedUpload): Promise<Readable> {
  const found = new Promise<Readable>((resolve, reject) => {
    let file: Readable | null = null
    busboy.on("file", (_field, stream) => {
      // The CSV reader attaches after the import's first lookups; until then a failure waits in `errored`.
      stream.on("error", () => undefined)
      file = stream
      resolve(stream)
    })
    busboy.on("error", (error) => {
      const unreadable = new MedusaError(MedusaError.Types.INVALID_DATA, `The upload could not be read: ${(error as Error).message}`)
      return file ? file.destroy(unreadable) : reject(unreadable)
    })
    busboy.on("finish", () => {
      if (!file) {
        reject(new MedusaError(MedusaError.Types.INVALID_DATA, `The upload has no file. ${HOW_TO_SEND}`))
      }
    })
    upload.body.on("error", (error) => (file ? file.destroy(error) : reject(error)))
    upload.body.pipe(busboy)
  })
  return Promise.race([found, upload.stopped])
}

export type PriceCsvSource = {
  source: Readable | string
  /** For a streamed body: rejects when an upload limit stops it (see upload-limits). */
  stopped?: Promise<never>
}

/** Where the CSV of an import request comes from: an uploaded file, a CSV body, or JSON text. */
export async function priceCsvSource(req: MedusaRequest<{ csv?: string }>): Promise<PriceCsvSource> {
  if (req.is("multipart/form-data")) {
    const busboy = multipartReader(req)
    const upload = limitedUploadBody(req)
    return { source: await uploadedFile(busboy, upload), stopped: upload.stopped }
  }
  if (req.is("text/csv")) {
    const upload = limitedUploadBody(req)
    return { source: upload.body, stopped: upload.stopped }
  }
  const body: unknown = req.body
  if (typeof body === "string" && body.trim()) {
    return { source: body }
  }
  const csv = (req.validatedBody as { csv?: string } | undefined)?.csv
  if (csv) {
    return { source: csv }
  }
  throw new MedusaError(MedusaError.Types.INVALID_DATA, `No CSV was sent. ${HOW_TO_SEND}`)
}
