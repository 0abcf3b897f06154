/** Events about company accounts, for notification providers and host code. They carry ids, not records. */
export const CompanyEvents = {
  APPROVED: "b2b.company.approved",
  REJECTED: "b2b.company.rejected",
} as const

/** What `b2b.company.approved` carries. */
export interface CompanyApprovedPayload {
  id: string
}

/** What `b2b.company.rejected` carries: the merchant's reason is meant for the applicant. */
export interface CompanyRejectedPayload {
  id: string
  reason: string
}
