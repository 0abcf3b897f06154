import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answerInvitation } from "../../answer"

/** Accept an invitation addressed to the logged-in customer, by its id. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await answerInvitation(req, res, true, { invitation_id: req.params.id })
}
