import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { ApplicationDecision } from "../../lib/company/status-changes"
import { CompanyEvents } from "./company-events"
import { changeCompanyStatusesStep, companyCustomersStep } from "./steps/company-statuses"
import { repriceOpenCartsStep } from "./steps/reprice-open-carts"

const decision = (kind: ApplicationDecision["decision"], reason: string | null, decidedBy?: string | null) => ({
  b2b_application: {
    decision: kind,
    reason,
    decided_at: new Date().toISOString(),
    decided_by: decidedBy ?? null,
  } satisfies ApplicationDecision,
})

/**
 * The merchant accepts a pending application: the company becomes active and its buyers may order at its
 * terms. Only a pending company can be approved. The applicant hears of it through `b2b.company.approved`.
 */
export const approveCompanyApplicationWorkflow = createWorkflow(
  "b2b-approve-company-application",
  (input: { id: string; decided_by?: string | null }) => {
    const change = transform({ input }, ({ input }) => ({
      ids: [input.id],
      status: "active" as const,
      only_from: "pending" as const,
      metadata: decision("approved", null, input.decided_by),
    }))
    changeCompanyStatusesStep(change)
    const customers = companyCustomersStep(transform({ input }, ({ input }) => ({ company_ids: [input.id] })))
    repriceOpenCartsStep(transform({ customers }, ({ customers }) => ({ customer_ids: customers })))
    emitEventStep({ eventName: CompanyEvents.APPROVED, data: transform({ input }, ({ input }) => ({ id: input.id })) })
    return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.id, status: "active" as const })))
  }
)

/**
 * The merchant turns a pending application down, with a reason for the applicant: the company is blocked
 * (kept, so that its history and the reason stay visible) and `b2b.company.rejected` carries the reason.
 */
export const rejectCompanyApplicationWorkflow = createWorkflow(
  "b2b-reject-company-application",
  (input: { id: string; reason: string; decided_by?: string | null }) => {
    const change = transform({ input }, ({ input }) => ({
      ids: [input.id],
      status: "blocked" as const,
      only_from: "pending" as const,
      metadata: decision("rejected", input.reason, input.decided_by),
    }))
    changeCompanyStatusesStep(change)
    emitEventStep({
      eventName: CompanyEvents.REJECTED,
      data: transform({ input }, ({ input }) => ({ id: input.id, reason: input.reason })),
    })
    return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.id, status: "blocked" as const })))
  }
)
