import { z } from "@medusajs/framework/zod"
import { listParams } from "../../utils/list-params"
import { INVITATION_STATUSES } from "../../../lib/company/vocabulary"

export const InvitationStatusFilter = z.enum(INVITATION_STATUSES, {
  message: `status must be one of ${INVITATION_STATUSES.join(", ")}`,
})

/** What a list of invitations may be ordered by. */
export const ORDERABLE_INVITATION_FIELDS = ["created_at", "expires_at", "email", "status", "role"] as const

export const StoreGetInvitationsParams = listParams({ limit: 20, orderable: ORDERABLE_INVITATION_FIELDS }).extend({
  status: z.union([InvitationStatusFilter, z.array(InvitationStatusFilter)]).optional(),
})
export type StoreGetInvitationsParamsType = z.infer<typeof StoreGetInvitationsParams>

/** The token from the invitation e-mail. */
export const StoreAnswerInvitation = z.object({
  token: z
    .string({ message: "token is required" })
    .trim()
    .refine((token) => token.length > 0, { message: "token is required" })
    .refine((token) => token.length <= 200, { message: "token must be at most 200 characters" }),
})
export type StoreAnswerInvitationType = z.infer<typeof StoreAnswerInvitation>

/** Answering by id (and leaving) needs no body: none, or an empty object. */
export const StoreAnswerInvitationById = z.preprocess((body) => body ?? {}, z.object({}).strict())
