import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { INotificationModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { InvitationEvents, type InvitationCreatedPayload } from "../workflows/company/invitation-events"

/** The template a host's e-mail provider renders for an invitation to join a company. */
export const INVITATION_TEMPLATE = "b2b-invitation"

/**
 * Hands a new invitation to the host's notification provider on the `email` channel. Without a
 * Notification module, logs a warning: the storefront or the merchant must then pass the invitation on.
 */
export default async function sendInvitationNotification({ event, container }: SubscriberArgs<InvitationCreatedPayload>) {
  const invitation = event.data
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (!container.hasRegistration(Modules.NOTIFICATION)) {
    logger.warn(
      `Invitation ${invitation.id} to join "${invitation.company_name}" for ${invitation.email} was created, but no ` +
        `Notification module is registered to e-mail it. ` +
        (invitation.accept_url ? `Accept link: ${invitation.accept_url}` : `The invitee accepts at POST /store/invitations/accept with the token.`)
    )
    return
  }
  const notifications = container.resolve<INotificationModuleService>(Modules.NOTIFICATION)
  await notifications.createNotifications({
    to: invitation.email,
    channel: "email",
    template: INVITATION_TEMPLATE,
    trigger_type: InvitationEvents.CREATED,
    resource_id: invitation.id,
    resource_type: "company_invitation",
    idempotency_key: `${InvitationEvents.CREATED}:${invitation.id}`,
    data: {
      invitation_id: invitation.id,
      company_id: invitation.company_id,
      company_name: invitation.company_name,
      email: invitation.email,
      role: invitation.role,
      token: invitation.token,
      expires_at: invitation.expires_at,
      accept_url: invitation.accept_url,
    },
  })
}

export const config: SubscriberConfig = {
  event: InvitationEvents.CREATED,
}
