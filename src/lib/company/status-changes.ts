import type { CompanyStatus } from "./vocabulary"

/** Why a company cannot take this status change, or null when it can. */
export function statusChangeRefusal(
  company: { name: string; status: CompanyStatus },
  status: CompanyStatus,
  onlyFrom?: CompanyStatus
): string | null {
  if (onlyFrom && company.status !== onlyFrom) {
    return `"${company.name}" is ${company.status.replace("_", " ")}, not ${onlyFrom}: only a ${onlyFrom} application can be ${
      status === "active" ? "approved" : "rejected"
    }.`
  }
  return null
}

/** How an application was decided, kept in the company's metadata. */
export interface ApplicationDecision {
  decision: "approved" | "rejected"
  reason: string | null
  decided_at: string
  decided_by: string | null
}
