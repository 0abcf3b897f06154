import type { SubscriberArgs } from "@medusajs/framework"
import sendInvitationNotification, { INVITATION_TEMPLATE } from "../invitation-created-notification"
import type { InvitationCreatedPayload } from "../../workflows/company/invitation-events"

const invitation: InvitationCreatedPayload = {
  id: "cinv_1",
  company_id: "comp_1",
  company_name: "Acme",
  email: "ivy@shop.test",
  role: "buyer",
  token: "secret-token",
  expires_at: "2030-01-01T00:00:00.000Z",
  accept_url: "https://shop.test/invite?token=secret-token",
  invited_by: "cus_1",
}

function run(registered: boolean) {
  const logger = { warn: jest.fn(), info: jest.fn() }
  const notifications = { createNotifications: jest.fn() }
  const container = {
    hasRegistration: (key: string) => registered && key === "notification",
    resolve: (key: string) => (key === "logger" ? logger : notifications),
  }
  const args = { event: { name: "b2b.invitation.created", data: invitation }, container } as unknown as SubscriberArgs<InvitationCreatedPayload>
  return sendInvitationNotification(args).then(() => ({ logger, notifications }))
}

describe("invitation e-mail", () => {
  it("hands the invitation to the notification provider on the email channel, once per invitation", async () => {
    const { notifications, logger } = await run(true)
    expect(notifications.createNotifications).toHaveBeenCalledWith(
      expect.objectContaining({
        to: "ivy@shop.test",
        channel: "email",
        template: INVITATION_TEMPLATE,
        idempotency_key: "b2b.invitation.created:cinv_1",
        data: expect.objectContaining({ token: "secret-token", company_name: "Acme", accept_url: invitation.accept_url }),
      })
    )
    expect(logger.warn).not.toHaveBeenCalled()
  })

  it("warns with the accept link when no Notification module is registered", async () => {
    const { notifications, logger } = await run(false)
    expect(notifications.createNotifications).not.toHaveBeenCalled()
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining("https://shop.test/invite?token=secret-token"))
  })
})
