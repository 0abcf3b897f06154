import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { moveCustomerInCompanyGroup } from "./company-group"
import { invitationAcceptUrl } from "../../modules/company/options"
import { InvitationEvents, type InvitationAnsweredPayload, type InvitationCreatedPayload } from "./invitation-events"
import { loadCompanyStep } from "./steps/lookups"
import {
  answerInvitationStep,
  changeMembershipStep,
  expireInvitationsStep,
  findMembershipStep,
  issueInvitationStep,
  retrieveInviteeStep,
  revokeInvitationStep,
} from "./steps/membership"
import { companyModuleOptionsStep } from "./steps/options"
import type { EmployeeRole } from "./types"

export interface CreateCompanyInvitationInput {
  company_id: string
  email: string
  role: EmployeeRole
  spending_limit?: number | null
  /** The customer id of the company admin who invites. */
  invited_by?: string | null
}

/**
 * Invites an e-mail address to join a company. Nobody becomes an employee here: the invitee accepts
 * with the token sent in the `b2b.invitation.created` event (or by id when logged in).
 */
export const createCompanyInvitationWorkflow = createWorkflow(
  "b2b-create-company-invitation",
  (input: CreateCompanyInvitationInput) => {
    const company = loadCompanyStep({ id: input.company_id })
    const issued = issueInvitationStep(
      transform({ input }, ({ input }) => ({
        company_id: input.company_id,
        email: input.email,
        role: input.role,
        spending_limit: input.spending_limit ?? null,
        invited_by: input.invited_by ?? null,
      }))
    )
    const options = companyModuleOptionsStep()
    const payload = transform({ issued, company, options }, ({ issued, company, options }): InvitationCreatedPayload => ({
      id: issued.invitation.id,
      company_id: company.id,
      company_name: company.name,
      email: issued.invitation.email,
      role: issued.invitation.role,
      token: issued.token,
      expires_at: new Date(issued.invitation.expires_at).toISOString(),
      accept_url: invitationAcceptUrl(options, issued.token),
      invited_by: issued.invitation.invited_by ?? null,
    }))
    emitEventStep({ eventName: InvitationEvents.CREATED, data: payload })
    return new WorkflowResponse(issued)
  }
)

export interface AnswerCompanyInvitationInput {
  customer_id: string
  invitation_id?: string
  token?: string
}

const answerWorkflow = (name: string, accept: boolean) =>
  createWorkflow(name, (input: AnswerCompanyInvitationInput) => {
    const customer = retrieveInviteeStep({ customer_id: input.customer_id })
    const answer = answerInvitationStep(
      transform({ input, customer }, ({ input, customer }) => ({
        invitation_id: input.invitation_id,
        token: input.token,
        customer,
        accept,
      }))
    )
    if (accept) {
      const company = loadCompanyStep(transform({ answer }, ({ answer }) => ({ id: answer.invitation.company_id })))
      // Open carts take the company's prices now that the customer is its employee.
      moveCustomerInCompanyGroup(company, transform({ customer }, ({ customer }) => ({ customer_id: customer.id })), "add")
    }
    const payload = transform({ answer, customer }, ({ answer, customer }): InvitationAnsweredPayload => ({
      id: answer.invitation.id,
      company_id: answer.invitation.company_id,
      email: answer.invitation.email,
      customer_id: customer.id,
      employee_id: answer.employee?.id ?? null,
    }))
    emitEventStep({ eventName: accept ? InvitationEvents.ACCEPTED : InvitationEvents.DECLINED, data: payload })
    return new WorkflowResponse(answer)
  })

/** The invitee accepts: they become an employee with the invited role and join the company's customer group. */
export const acceptCompanyInvitationWorkflow = answerWorkflow("b2b-accept-company-invitation", true)

/** The invitee declines: the invitation is closed and nothing else changes. */
export const declineCompanyInvitationWorkflow = answerWorkflow("b2b-decline-company-invitation", false)

/** A company admin withdraws a pending invitation of their company. */
export const revokeCompanyInvitationWorkflow = createWorkflow(
  "b2b-revoke-company-invitation",
  (input: { company_id: string; invitation_id: string }) => {
    const revoked = revokeInvitationStep(input)
    return new WorkflowResponse(
      transform({ revoked }, ({ revoked }) => ({ id: revoked.id, object: "company_invitation" as const, deleted: true as const }))
    )
  }
)

/**
 * An employee leaves their company on their own: they leave its customer group and keep their customer
 * account. The company's last admin cannot leave while the company is theirs to run.
 */
export const leaveCompanyWorkflow = createWorkflow("b2b-leave-company", (input: { customer_id: string }) => {
  const membership = findMembershipStep(input)
  const company = loadCompanyStep(transform({ membership }, ({ membership }) => ({ id: membership.company_id })))
  changeMembershipStep(
    transform({ membership }, ({ membership }) => ({
      company_id: membership.company_id,
      employee_id: membership.id,
      change: { kind: "leave" as const },
    }))
  )
  // Open carts go back to the prices of a customer without a company.
  moveCustomerInCompanyGroup(company, membership, "remove")
  return new WorkflowResponse(
    transform({ membership }, ({ membership }) => ({ id: membership.id, object: "employee" as const, deleted: true as const }))
  )
})

/** Closes every pending invitation whose time is up (run hourly by a job). */
export const expireCompanyInvitationsWorkflow = createWorkflow(
  "b2b-expire-company-invitations",
  (input: { now?: Date }) => new WorkflowResponse(expireInvitationsStep(input))
)
