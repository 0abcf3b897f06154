import { applyMembershipChange, lastAdminMessage, wouldLeaveCompanyWithoutAdmin, type MemberRole } from "../admins"

const team = (...roles: MemberRole["role"][]): MemberRole[] => roles.map((role, i) => ({ id: `emp_${i + 1}`, role }))

describe("wouldLeaveCompanyWithoutAdmin", () => {
  it("refuses to demote, remove or let go the only admin while colleagues remain", () => {
    const employees = team("admin", "buyer", "viewer")
    expect(wouldLeaveCompanyWithoutAdmin(employees, { kind: "role", employee_id: "emp_1", role: "buyer" })).toBe(true)
    expect(wouldLeaveCompanyWithoutAdmin(employees, { kind: "remove", employee_id: "emp_1" })).toBe(true)
    expect(wouldLeaveCompanyWithoutAdmin(employees, { kind: "leave", employee_id: "emp_1" })).toBe(true)
    // even when the merchant may empty a company, colleagues left behind need an admin
    expect(wouldLeaveCompanyWithoutAdmin(employees, { kind: "remove", employee_id: "emp_1" }, { allowEmptyCompany: true })).toBe(true)
  })

  it("lets one of two admins step down, and any non-admin change pass", () => {
    const employees = team("admin", "admin", "buyer")
    expect(wouldLeaveCompanyWithoutAdmin(employees, { kind: "role", employee_id: "emp_1", role: "viewer" })).toBe(false)
    expect(wouldLeaveCompanyWithoutAdmin(employees, { kind: "leave", employee_id: "emp_2" })).toBe(false)
    expect(wouldLeaveCompanyWithoutAdmin(employees, { kind: "remove", employee_id: "emp_3" })).toBe(false)
    expect(wouldLeaveCompanyWithoutAdmin(employees, { kind: "role", employee_id: "emp_3", role: "admin" })).toBe(false)
    // an admin keeping the admin role changes nothing
    expect(wouldLeaveCompanyWithoutAdmin(team("admin"), { kind: "role", employee_id: "emp_1", role: "admin" })).toBe(false)
  })

  it("lets the only employee go only when emptying the company is allowed", () => {
    const alone = team("admin")
    expect(wouldLeaveCompanyWithoutAdmin(alone, { kind: "leave", employee_id: "emp_1" })).toBe(true)
    expect(wouldLeaveCompanyWithoutAdmin(alone, { kind: "remove", employee_id: "emp_1" }, { allowEmptyCompany: true })).toBe(false)
  })

  it("leaves companies without an admin, and unknown employees, to other checks", () => {
    expect(wouldLeaveCompanyWithoutAdmin(team("buyer", "viewer"), { kind: "remove", employee_id: "emp_1" })).toBe(false)
    expect(wouldLeaveCompanyWithoutAdmin(team("admin"), { kind: "remove", employee_id: "emp_9" })).toBe(false)
  })
})

describe("applyMembershipChange and lastAdminMessage", () => {
  it("computes the team after a change without touching the input", () => {
    const employees = team("admin", "buyer")
    expect(applyMembershipChange(employees, { kind: "role", employee_id: "emp_2", role: "admin" }).map((e) => e.role)).toEqual(["admin", "admin"])
    expect(applyMembershipChange(employees, { kind: "leave", employee_id: "emp_1" }).map((e) => e.id)).toEqual(["emp_2"])
    expect(employees.map((e) => e.role)).toEqual(["admin", "buyer"])
  })

  it("names the company and the way out", () => {
    expect(lastAdminMessage("Acme", { kind: "leave", employee_id: "emp_1" })).toMatch(/You are the last admin of "Acme".*before you leave/)
    expect(lastAdminMessage("Acme", { kind: "role", employee_id: "emp_1", role: "buyer" })).toMatch(/last admin of "Acme"/)
  })
})
