import { MathBN } from "@medusajs/framework/utils"
import { buildStatement, isCalendarDay, statementBalance, type StatementSourceEntry } from "../statement"

const entry = (id: string, occurred_at: string, type: StatementSourceEntry["type"], direction: StatementSourceEntry["direction"], amount: string): StatementSourceEntry => ({
  id,
  occurred_at,
  type,
  direction,
  amount,
})

const before = [
  entry("e1", "2026-10-05T10:00:00Z", "charge", "debit", "1000.10"),
  entry("e2", "2026-10-20T10:00:00Z", "payment", "credit", "400.05"),
]
const period = [
  entry("e5", "2026-11-30T23:59:59Z", "adjustment", "debit", "0.2"),
  entry("e3", "2026-11-01T00:00:00Z", "charge", "debit", "250.30"),
  entry("e4", "2026-11-15T09:00:00Z", "credit_note", "credit", "50.10"),
  entry("e6", "2026-12-01T00:00:00Z", "payment", "credit", "999"),
]

describe("statement of account", () => {
  it("opens with what was owed before the period and closes with opening + debits − credits", () => {
    const statement = buildStatement({ company_id: "comp_1", currency_code: "eur", from: "2026-11-01", to: "2026-11-30", entries_before: before, entries: period })
    expect(statement.opening_balance).toBe("600.05")
    expect(statement.entries.map((line) => line.id)).toEqual(["e3", "e4", "e5"])
    expect(statement.total_debit).toBe("250.5")
    expect(statement.total_credit).toBe("50.1")
    expect(statement.closing_balance).toBe("800.45")
    expect(MathBN.eq(MathBN.sub(MathBN.add(statement.opening_balance, statement.total_debit), statement.total_credit), statement.closing_balance)).toBe(true)
    expect(statement.entries.map((line) => [line.date, line.debit, line.credit, line.balance])).toEqual([
      ["2026-11-01", "250.3", "0", "850.35"],
      ["2026-11-15", "0", "50.1", "800.25"],
      ["2026-11-30", "0.2", "0", "800.45"],
    ])
  })

  it("takes the opening balance as a sum too, and gives the same closing balance", () => {
    const statement = buildStatement({ company_id: "comp_1", currency_code: "eur", from: "2026-11-01", to: "2026-11-30", opening_balance: statementBalance(before), entries: period })
    expect(statement.opening_balance).toBe("600.05")
    expect(statement.closing_balance).toBe("800.45")
  })

  it("includes both ends of the period and keeps the exact decimals of large amounts", () => {
    const statement = buildStatement({
      company_id: "comp_1",
      currency_code: "eur",
      from: "2026-11-01",
      to: "2026-11-01",
      entries: [entry("a", "2026-11-01T00:00:00Z", "charge", "debit", "12345678901234567.89"), entry("b", "2026-11-01T23:59:59.999Z", "payment", "credit", "0.01")],
    })
    expect(statement.opening_balance).toBe("0")
    expect(statement.entries).toHaveLength(2)
    expect(statement.closing_balance).toBe("12345678901234567.88")
  })

  it("leaves out the charges a checkout still holds, before and within the period", () => {
    const held = { ...entry("h1", "2026-10-30T10:00:00Z", "charge", "debit", "70"), state: "pending" as const }
    const heldNow = { ...entry("h2", "2026-11-10T10:00:00Z", "charge", "debit", "80"), state: "pending" as const }
    const statement = buildStatement({ company_id: "comp_1", currency_code: "eur", from: "2026-11-01", to: "2026-11-30", entries_before: [...before, held], entries: [...period, heldNow] })
    expect(statement.opening_balance).toBe("600.05")
    expect(statement.entries.map((line) => line.id)).toEqual(["e3", "e4", "e5"])
    expect(statement.closing_balance).toBe("800.45")
  })

  it("knows a calendar day from a malformed or impossible one", () => {
    expect(isCalendarDay("2026-02-28")).toBe(true)
    expect(isCalendarDay("2026-02-30")).toBe(false)
    expect(isCalendarDay("2026-2-1")).toBe(false)
    expect(isCalendarDay("yesterday")).toBe(false)
  })
})
