import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { respondWithStatement } from "../../../../utils/statement"

/** The company's statement of account for a period: JSON, CSV or the PDF both sides sign. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await respondWithStatement(req, res, req.params.id)
}
