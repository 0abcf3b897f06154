import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import type {
  AnswerInvitationInput,
  ChangeMembershipInput,
  IssueInvitationInput,
  MembershipSnapshot,
} from "../../../modules/company/service"

const companies = (container: { resolve<T>(key: string): T }) => container.resolve<CompanyModuleService>(COMPANY_MODULE)

/**
 * Changes or ends one employee's membership under the company's row lock, refusing to take the
 * company's last admin away; compensation puts the employee back as they were.
 */
export const changeMembershipStep = createStep(
  "b2b-change-membership",
  async (input: ChangeMembershipInput, { container }) => {
    const before = await companies(container).changeMembership(input)
    return new StepResponse(before, before)
  },
  async (before: MembershipSnapshot | undefined, { container }) => {
    if (before) {
      await companies(container).restoreMembership(before)
    }
  }
)

/** The logged-in customer answering an invitation: id, e-mail and name. */
export const retrieveInviteeStep = createStep("b2b-retrieve-invitee", async (input: { customer_id: string }, { container }) => {
  const customer = await container
    .resolve(Modules.CUSTOMER)
    .retrieveCustomer(input.customer_id, { select: ["id", "email", "first_name", "last_name"] })
  return new StepResponse({
    id: customer.id,
    email: customer.email ?? "",
    first_name: customer.first_name ?? null,
    last_name: customer.last_name ?? null,
  })
})

/** The employee record of a customer; 404 when they belong to no company. */
export const findMembershipStep = createStep("b2b-find-membership", async (input: { customer_id: string }, { container }) => {
  const [employee] = await companies(container).listEmployees(
    { customer_id: input.customer_id },
    { select: ["id", "company_id", "customer_id", "role"] }
  )
  if (!employee) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "You do not belong to a company account")
  }
  return new StepResponse({ id: employee.id, company_id: employee.company_id as string, customer_id: employee.customer_id })
})

/** Opens an invitation; the token is in the result and nowhere else. Compensation deletes it. */
export const issueInvitationStep = createStep(
  "b2b-issue-invitation",
  async (input: IssueInvitationInput, { container }) => {
    const issued = await companies(container).issueInvitation(input)
    return new StepResponse(issued, issued.invitation.id)
  },
  async (id: string | undefined, { container }) => {
    if (id) {
      await companies(container).deleteCompanyInvitations([id])
    }
  }
)

/** Accepts or declines an invitation (accepting creates the employee); compensation reopens it. */
export const answerInvitationStep = createStep(
  "b2b-answer-invitation",
  async (input: AnswerInvitationInput, { container }) => {
    const answer = await companies(container).answerInvitation(input)
    return new StepResponse(answer, { invitation_id: answer.invitation.id, employee_id: answer.employee?.id ?? null })
  },
  async (undo: { invitation_id: string; employee_id: string | null } | undefined, { container }) => {
    if (undo) {
      await companies(container).reopenInvitation(undo)
    }
  }
)

/** Revokes a company's pending invitation; another company's invitation is 404. Compensation reopens it. */
export const revokeInvitationStep = createStep(
  "b2b-revoke-invitation",
  async (input: { company_id: string; invitation_id: string }, { container }) => {
    const service = companies(container)
    const [invitation] = await service.listCompanyInvitations({ id: input.invitation_id, company_id: input.company_id })
    if (!invitation) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invitation with id "${input.invitation_id}" was not found`)
    }
    if (invitation.status !== "pending") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This invitation was already ${invitation.status}; only a pending one can be revoked.`)
    }
    await service.updateCompanyInvitations({ id: invitation.id, status: "revoked", answered_at: new Date() })
    return new StepResponse({ id: invitation.id }, invitation.id)
  },
  async (id: string | undefined, { container }) => {
    if (id) {
      await companies(container).updateCompanyInvitations({ id, status: "pending", answered_at: null })
    }
  }
)

/** Closes pending invitations whose time is up. Expiry only records what time has already decided: nothing to undo. */
export const expireInvitationsStep = createStep("b2b-expire-invitations", async (input: { now?: Date }, { container }) => {
  const ids = await companies(container).expireInvitations(input.now ? new Date(input.now) : new Date())
  return new StepResponse(ids)
})
