import type { Readable } from "node:stream"
import Busboy from "busboy"
import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { limitedUploadBody } from "../../../../../utils/upload-limits"

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
function uploadedFile(req: MedusaRequest): Promise<Readable> {
  const busboy = multipartReader(req)
  return new Promise((resolve, reject) => {
    let file: Readable | null = null
    busboy.on("file", (_field, stream) => {
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
    const body = limitedUploadBody(req)
    body.on("error", (error) => (file ? file.destroy(error) : reject(error)))
    body.pipe(busboy)
  })
}

/** Where the CSV of an import request comes from: an uploaded file, a CSV body, or JSON text. */
export async function priceCsvSource(req: MedusaRequest<{ csv?: string }>): Promise<Readable | string> {
  if (req.is("multipart/form-data")) {
    return uploadedFile(req)
  }
  if (req.is("text/csv")) {
    return limitedUploadBody(req)
  }
  const body: unknown = req.body
  if (typeof body === "string" && body.trim()) {
    return body
  }
  const csv = (req.validatedBody as { csv?: string } | undefined)?.csv
  if (csv) {
    return csv
  }
  throw new MedusaError(MedusaError.Types.INVALID_DATA, `No CSV was sent. ${HOW_TO_SEND}`)
}
