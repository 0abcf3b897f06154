import type { Readable } from "node:stream"
import Busboy from "busboy"
import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

const HOW_TO_SEND =
  'Send the CSV as a multipart upload with a file field (e.g. "file"), as a text/csv body, or as JSON { "csv": "..." }'

/** The first file of a multipart upload, as a stream: nothing of it is buffered here. */
function uploadedFile(req: MedusaRequest): Promise<Readable> {
  return new Promise((resolve, reject) => {
    const busboy = Busboy({ headers: req.headers, limits: { files: 1 } })
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
    req.pipe(busboy)
  })
}

/** Where the CSV of an import request comes from: an uploaded file, a CSV body, or JSON text. */
export async function priceCsvSource(req: MedusaRequest<{ csv?: string }>): Promise<Readable | string> {
  if (req.is("multipart/form-data")) {
    return uploadedFile(req)
  }
  if (req.is("text/csv")) {
    return req
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
