import type { MedusaContainer } from "@medusajs/framework/types"
import { COMPANY_MODULE } from "../../modules/company"
import type CompanyModuleService from "../../modules/company/service"
import type { InvitationRecord } from "../../modules/company/service"

/** What any caller may read of an invitation: never its token hash. */
export const INVITATION_FIELDS = [
  "id", "company_id", "email", "role", "spending_limit", "status", "expires_at", "invited_by", "answered_at", "created_at", "updated_at",
] as const

export type InvitationView = Pick<InvitationRecord, (typeof INVITATION_FIELDS)[number]>

export const companyService = (scope: MedusaContainer) => scope.resolve<CompanyModuleService>(COMPANY_MODULE)

/** An invitation reduced to its allow-listed fields. */
export function invitationView(invitation: InvitationRecord | InvitationView): InvitationView {
  const view: Record<string, unknown> = {}
  for (const field of INVITATION_FIELDS) {
    view[field] = (invitation as Record<string, unknown>)[field] ?? null
  }
  return view as InvitationView
}

/** A company's invitations, newest first, paginated, optionally of some statuses. */
export async function listCompanyInvitations(
  scope: MedusaContainer,
  companyId: string,
  query: { status?: string | string[]; skip?: number; take?: number; order?: Record<string, string> }
) {
  // the list's validator admits only its own fields; the direction is Medusa's ASC or DESC
  const order = Object.fromEntries(
    Object.entries(query.order ?? { created_at: "DESC" }).map(([field, direction]) => [field, direction.toUpperCase() === "DESC" ? "DESC" : "ASC"] as const)
  )
  const [invitations, count] = await companyService(scope).listAndCountCompanyInvitations(
    { company_id: companyId, ...(query.status && { status: query.status as InvitationRecord["status"][] }) },
    { select: [...INVITATION_FIELDS], skip: query.skip ?? 0, take: query.take ?? 20, order }
  )
  return { invitations: invitations.map(invitationView), count, offset: query.skip ?? 0, limit: query.take ?? 20 }
}
