import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answerInvitation } from "../answer"
import type { StoreAnswerInvitationType } from "../validators"

/** Accept an invitation with the token from its e-mail. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreAnswerInvitationType>, res: MedusaResponse) => {
  await answerInvitation(req, res, true, { token: req.validatedBody.token })
}
