// "A company keeps an admin": the rule every change of membership is judged by. Pure, so the server
// applies it under a row lock and the admin extensions preview it; nothing here may import server code.
import type { EmployeeRole } from "./vocabulary"

export interface MemberRole {
  id: string
  role: EmployeeRole
}

/** A change of one employee's membership: a new role, removal by an admin, or leaving on their own. */
export type MembershipChange =
  | { kind: "role"; employee_id: string; role: EmployeeRole }
  | { kind: "remove"; employee_id: string }
  | { kind: "leave"; employee_id: string }

export interface AdminRuleOptions {
  /**
   * Whether the change may leave the company with no employees at all (the merchant closing an account
   * down removes its only employee). A company with employees left always keeps an admin.
   */
  allowEmptyCompany?: boolean
}

/** The employees after the change. */
export function applyMembershipChange<T extends MemberRole>(employees: T[], change: MembershipChange): T[] {
  if (change.kind === "role") {
    return employees.map((e) => (e.id === change.employee_id ? { ...e, role: change.role } : e))
  }
  return employees.filter((e) => e.id !== change.employee_id)
}

/**
 * True when the change takes the company's last admin away: the employee is an admin and no admin is
 * left afterwards. Changes to a company that has no admin to begin with are not this rule's concern.
 */
export function wouldLeaveCompanyWithoutAdmin(
  employees: MemberRole[],
  change: MembershipChange,
  options: AdminRuleOptions = {}
): boolean {
  const target = employees.find((e) => e.id === change.employee_id)
  if (!target || target.role !== "admin") {
    return false
  }
  const after = applyMembershipChange(employees, change)
  if (after.some((e) => e.role === "admin")) {
    return false
  }
  return !(after.length === 0 && options.allowEmptyCompany)
}

/** Why the change is refused, in words for the person who asked for it. */
export function lastAdminMessage(companyName: string, change: MembershipChange): string {
  switch (change.kind) {
    case "leave":
      return `You are the last admin of "${companyName}": make another employee an admin before you leave.`
    case "remove":
      return `This is the last admin of "${companyName}": make another employee an admin before removing them.`
    default:
      return `This is the last admin of "${companyName}": make another employee an admin first.`
  }
}
