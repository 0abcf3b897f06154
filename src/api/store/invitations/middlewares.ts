import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { StoreCreateInvitation } from "../companies/validators"
import { StoreAnswerInvitation, StoreAnswerInvitationById, StoreGetInvitationsParams } from "./validators"

const list = { defaults: [], isList: true }

/** Invitations: a company admin's side under /store/companies/me, the invitee's under /store/invitations. */
export const storeInvitationMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/invitations*", middlewares: [authenticate("customer", ["session", "bearer"])] },
  {
    method: ["GET"],
    matcher: "/store/invitations",
    middlewares: [validateAndTransformQuery(StoreGetInvitationsParams.omit({ status: true, order: true }), list)],
  },
  { method: ["POST"], matcher: "/store/invitations/accept", middlewares: [validateAndTransformBody(StoreAnswerInvitation)] },
  { method: ["POST"], matcher: "/store/invitations/decline", middlewares: [validateAndTransformBody(StoreAnswerInvitation)] },
  { method: ["POST"], matcher: "/store/invitations/:id/accept", middlewares: [validateAndTransformBody(StoreAnswerInvitationById)] },
  { method: ["POST"], matcher: "/store/invitations/:id/decline", middlewares: [validateAndTransformBody(StoreAnswerInvitationById)] },
  {
    method: ["GET"],
    matcher: "/store/companies/me/invitations",
    middlewares: [validateAndTransformQuery(StoreGetInvitationsParams, list)],
  },
  {
    method: ["POST"],
    matcher: "/store/companies/me/invitations",
    middlewares: [validateAndTransformBody(StoreCreateInvitation)],
  },
  { method: ["POST"], matcher: "/store/companies/me/leave", middlewares: [validateAndTransformBody(StoreAnswerInvitationById)] },
]

export const adminInvitationMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/companies/:id/invitations",
    middlewares: [validateAndTransformQuery(StoreGetInvitationsParams, list)],
  },
]
