import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answerInvitation } from "../../answer"

/** Decline an invitation addressed to the logged-in customer, by its id. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await answerInvitation(req, res, false, { invitation_id: req.params.id })
}
