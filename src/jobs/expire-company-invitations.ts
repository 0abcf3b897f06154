import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { expireCompanyInvitationsWorkflow } from "../workflows/company/invitations"

/** Every hour, closes the invitations to join a company whose time is up. */
export default async function expireCompanyInvitations(container: MedusaContainer) {
  const { result } = await expireCompanyInvitationsWorkflow(container).run({ input: {} })
  if (result.length) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`Expired ${result.length} invitation(s) to join a company`)
  }
}

export const config = {
  name: "b2b-expire-company-invitations",
  schedule: "0 * * * *",
}
