import type { EmployeeRole } from "../../lib/company/vocabulary"

/** Events about invitations to join a company, for notification providers and host code. */
export const InvitationEvents = {
  CREATED: "b2b.invitation.created",
  ACCEPTED: "b2b.invitation.accepted",
  DECLINED: "b2b.invitation.declined",
} as const

/** What `b2b.invitation.created` carries: all an e-mail to the invitee needs, the token included. */
export interface InvitationCreatedPayload {
  id: string
  company_id: string
  company_name: string
  email: string
  role: EmployeeRole
  /** The secret the invitee accepts with; sent only in this event and never stored. */
  token: string
  expires_at: string
  /** The storefront's accept page with the token, when the `invitation_accept_url` option is set. */
  accept_url: string | null
  invited_by: string | null
}

/** What `b2b.invitation.accepted` and `b2b.invitation.declined` carry. */
export interface InvitationAnsweredPayload {
  id: string
  company_id: string
  email: string
  customer_id: string
  employee_id: string | null
}
