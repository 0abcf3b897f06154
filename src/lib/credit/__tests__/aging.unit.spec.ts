import { ageCharges, agingBucket, daysPastDue } from "../aging"

const asOf = new Date("2026-12-02T12:00:00Z")
const daysAgo = (days: number, extraMs = 0) => new Date(asOf.getTime() - days * 24 * 60 * 60 * 1000 - extraMs)

describe("receivables aging", () => {
  it("counts started days past due, from the first moment after due_at", () => {
    expect(daysPastDue(new Date(asOf.getTime() + 1000), asOf)).toBe(0)
    expect(daysPastDue(asOf, asOf)).toBe(0)
    expect(daysPastDue(new Date(asOf.getTime() - 1000), asOf)).toBe(1)
    expect(daysPastDue(daysAgo(1), asOf)).toBe(1)
    expect(daysPastDue(daysAgo(1, 1), asOf)).toBe(2)
  })

  it("puts each boundary in its bucket", () => {
    expect([0, 1, 30, 31, 60, 61, 90, 91, 400].map(agingBucket)).toEqual([
      "current", "d1_30", "d1_30", "d31_60", "d31_60", "d61_90", "d61_90", "d90_plus", "d90_plus",
    ])
  })

  it("sums the outstanding of charges per bucket and the overdue amount, ignoring paid charges", () => {
    const aging = ageCharges(
      [
        { outstanding: "100.10", due_at: new Date(asOf.getTime() + 5 * 86400000) },
        { outstanding: "20.20", due_at: daysAgo(0, 1) },
        { outstanding: "30", due_at: daysAgo(30) },
        { outstanding: "40", due_at: daysAgo(45) },
        { outstanding: "50", due_at: daysAgo(89) },
        { outstanding: "60.60", due_at: daysAgo(200) },
        { outstanding: "0", due_at: daysAgo(300) },
      ],
      asOf
    )
    expect(aging.buckets).toEqual({ current: "100.1", d1_30: "50.2", d31_60: "40", d61_90: "50", d90_plus: "60.6" })
    expect(aging.overdue_amount).toBe("200.8")
    expect(aging.outstanding).toBe("300.9")
    expect(aging.max_days_past_due).toBe(200)
  })

  it("has nothing overdue without charges", () => {
    expect(ageCharges([], asOf)).toEqual({
      buckets: { current: "0", d1_30: "0", d31_60: "0", d61_90: "0", d90_plus: "0" },
      overdue_amount: "0",
      outstanding: "0",
      max_days_past_due: 0,
    })
  })
})
