import { overdueHoldAction, type OverdueHoldSubject } from "../overdue-hold"

const company = (change: Partial<OverdueHoldSubject>): OverdueHoldSubject => ({
  status: "active",
  hold_reason: null,
  overdue_hold_days: 10,
  max_days_past_due: 0,
  ...change,
})

describe("holding a company for overdue charges", () => {
  it("holds an active company overdue longer than its overdue_hold_days, not on the last allowed day", () => {
    expect(overdueHoldAction(company({ max_days_past_due: 11 }))).toBe("hold")
    expect(overdueHoldAction(company({ max_days_past_due: 10 }))).toBeNull()
    expect(overdueHoldAction(company({ overdue_hold_days: 0, max_days_past_due: 1 }))).toBe("hold")
  })

  it("never holds a company without overdue_hold_days, nor one pending or blocked", () => {
    expect(overdueHoldAction(company({ overdue_hold_days: null, max_days_past_due: 400 }))).toBeNull()
    expect(overdueHoldAction(company({ status: "pending", max_days_past_due: 400 }))).toBeNull()
    expect(overdueHoldAction(company({ status: "blocked", max_days_past_due: 400 }))).toBeNull()
  })

  it("lifts its own hold once the overdue is paid, and keeps it while it is not", () => {
    expect(overdueHoldAction(company({ status: "on_hold", hold_reason: "overdue", max_days_past_due: 0 }))).toBe("release")
    expect(overdueHoldAction(company({ status: "on_hold", hold_reason: "overdue", max_days_past_due: 30 }))).toBeNull()
    // paying the oldest charge is not enough while another is still overdue
    expect(overdueHoldAction(company({ status: "on_hold", hold_reason: "overdue", max_days_past_due: 3 }))).toBeNull()
    // the terms were relaxed: no automatic hold any more
    expect(overdueHoldAction(company({ status: "on_hold", hold_reason: "overdue", overdue_hold_days: null, max_days_past_due: 30 }))).toBe("release")
  })

  it("never lifts a hold an admin set", () => {
    expect(overdueHoldAction(company({ status: "on_hold", hold_reason: "admin", max_days_past_due: 0 }))).toBeNull()
  })
})
