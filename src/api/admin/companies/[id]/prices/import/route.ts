import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PriceCsvFormatError, PriceImportAbortedError } from "../../../../../../lib/prices"
import { importCompanyPrices } from "../../../../../../workflows/prices"
import { retrieveCompany } from "../../../../../utils/company-queries"
import { UploadLimitError } from "../../../../../utils/upload-limits"
import type { AdminImportCompanyPricesType } from "../validators"
import { priceCsvSource } from "./csv-source"

/**
 * Upserts the company's prices from a CSV; bad rows are reported by row number, good rows kept. An upload
 * stopped by a limit (size 413, time 408) answers with the limit; rows of batches already read stay written,
 * each row whole. An import the server could not write (not the file's fault) answers 503 and leaves the
 * prices as they were.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminImportCompanyPricesType>, res: MedusaResponse) => {
  const company = await retrieveCompany(req.scope, req.params.id, ["id"])
  try {
    const { source, stopped } = await priceCsvSource(req)
    const importing = importCompanyPrices(req.scope, { company_id: company.id, source })
    // When a limit answers first, the import stops at its next read; its failure is already told.
    importing.catch(() => undefined)
    res.json(await (stopped ? Promise.race([importing, stopped]) : importing))
  } catch (error) {
    if (error instanceof UploadLimitError) {
      // The client may still be sending: the answer closes the connection rather than wait for the rest.
      res.setHeader("Connection", "close")
    }
    if (error instanceof PriceCsvFormatError) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, error.message)
    }
    if (error instanceof PriceImportAbortedError) {
      req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Price import for company ${company.id} stopped`, error.reason as Error)
      res.status(503).json({ type: "price_import_aborted", message: error.message, undone: error.undone })
      return
    }
    throw error
  }
}
