import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { INotificationModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  CompanyEvents,
  type CompanyApprovedPayload,
  type CompanyRejectedPayload,
} from "../workflows/company/company-events"

/** The templates a host's e-mail provider renders for a decided application. */
export const APPLICATION_TEMPLATES = {
  [CompanyEvents.APPROVED]: "b2b-company-approved",
  [CompanyEvents.REJECTED]: "b2b-company-rejected",
} as const

interface CompanyWithAdmins {
  id: string
  name: string
  employees: { email: string | null; role: string }[]
}

/**
 * Tells the applicant (the company's admins) that the merchant approved or rejected their application, through
 * the host's notification provider on the `email` channel. Without a Notification module it logs the decision.
 */
export default async function sendApplicationDecision({
  event,
  container,
}: SubscriberArgs<CompanyApprovedPayload | CompanyRejectedPayload>) {
  const eventName = event.name as keyof typeof APPLICATION_TEMPLATES
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "company",
    fields: ["id", "name", "employees.email", "employees.role"],
    filters: { id: event.data.id },
  })
  const company = data[0] as CompanyWithAdmins | undefined
  if (!company) {
    return
  }
  const reason = "reason" in event.data ? event.data.reason : null
  const recipients = company.employees.filter((e) => e.role === "admin" && e.email).map((e) => e.email as string)
  const decided = eventName === CompanyEvents.APPROVED ? "approved" : "rejected"
  if (!container.hasRegistration(Modules.NOTIFICATION)) {
    logger.info(
      `The application of "${company.name}" (${company.id}) was ${decided}${reason ? `: ${reason}` : ""}. ` +
        `No Notification module is registered to tell ${recipients.join(", ") || "its admins"}.`
    )
    return
  }
  const notifications = container.resolve<INotificationModuleService>(Modules.NOTIFICATION)
  await notifications.createNotifications(
    recipients.map((to) => ({
      to,
      channel: "email",
      template: APPLICATION_TEMPLATES[eventName],
      trigger_type: eventName,
      resource_id: company.id,
      resource_type: "company",
      data: { company_id: company.id, company_name: company.name, decision: decided, reason },
    }))
  )
}

export const config: SubscriberConfig = {
  event: [CompanyEvents.APPROVED, CompanyEvents.REJECTED],
}
