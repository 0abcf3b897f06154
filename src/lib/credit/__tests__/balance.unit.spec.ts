import { MathBN } from "@medusajs/framework/utils"
import {
  allocateOldestDueFirst,
  allocatedBy,
  allocationProblem,
  availableCredit,
  chargeStatus,
  heldAmount,
  ledgerBalance,
  remainder,
  type LedgerAmount,
} from "../balance"

const charge = (id: string, amount: number | string, due_at: string, state: "pending" | "open" | "void" = "open"): LedgerAmount => ({
  id, type: "charge", direction: "debit", amount, state, due_at, occurred_at: "2026-01-01",
})
const payment = (id: string, amount: number | string): LedgerAmount => ({ id, type: "payment", direction: "credit", amount })

describe("a company's account", () => {
  it("owes the booked debits less the credits, exactly, and leaves held charges out of the balance", () => {
    const entries = [charge("c1", "0.1", "2026-02-01"), charge("c2", "0.2", "2026-03-01"), payment("p1", "0.3"), charge("h1", 50, "2026-04-01", "pending")]
    expect(ledgerBalance(entries).toString()).toBe("0")
    expect(heldAmount(entries).toString()).toBe("50")
  })

  it("has limit − balance − held available, never below 0, and nothing without a limit", () => {
    expect(availableCredit(1000, 300, 200).toString()).toBe("500")
    expect(availableCredit(1000, 900, 200).toString()).toBe("0")
    expect(availableCredit(1000, -100, 0).toString()).toBe("1100")
    expect(availableCredit(null, 0, 0).toString()).toBe("0")
  })

  it("derives a charge's status when read: paid, overdue past due_at with something outstanding, void, pending", () => {
    const now = new Date("2026-03-15")
    expect(chargeStatus({ state: "open", due_at: "2026-03-01" }, 10, now)).toBe("overdue")
    expect(chargeStatus({ state: "open", due_at: "2026-04-01" }, 10, now)).toBe("open")
    expect(chargeStatus({ state: "open", due_at: "2026-03-01" }, 0, now)).toBe("paid")
    expect(chargeStatus({ state: "void", due_at: "2026-03-01" }, 10, now)).toBe("void")
    expect(chargeStatus({ state: "pending", due_at: null }, 10, now)).toBe("pending")
  })

  it("computes what is outstanding from the allocations", () => {
    const allocated = allocatedBy(
      [
        { source_entry_id: "p1", charge_entry_id: "c1", amount: 30 },
        { source_entry_id: "p2", charge_entry_id: "c1", amount: "20.5" },
      ],
      "charge"
    )
    expect(remainder({ id: "c1", amount: 100 }, allocated).toString()).toBe("49.5")
    expect(remainder({ id: "c2", amount: 100 }, allocated).toString()).toBe("100")
  })
})

describe("allocating a payment", () => {
  it("settles the earliest due charges first and keeps the rest as an advance", () => {
    const { allocations, rest } = allocateOldestDueFirst(250, [
      { id: "late", due_at: "2026-05-01", outstanding: 100 },
      { id: "early", due_at: "2026-02-01", outstanding: 100 },
      { id: "middle", due_at: "2026-03-01", outstanding: 30 },
    ])
    expect(allocations.map((a) => [a.charge_entry_id, a.amount.toString()])).toEqual([
      ["early", "100"],
      ["middle", "30"],
      ["late", "100"],
    ])
    expect(rest.toString()).toBe("20")
  })

  it("splits a payment smaller than the first charge onto that charge only", () => {
    const { allocations, rest } = allocateOldestDueFirst(40, [
      { id: "b", due_at: "2026-03-01", outstanding: 100 },
      { id: "a", due_at: "2026-02-01", outstanding: 100 },
    ])
    expect(allocations.map((a) => [a.charge_entry_id, a.amount.toString()])).toEqual([["a", "40"]])
    expect(rest.toString()).toBe("0")
  })

  it("refuses explicit allocations over the payment, over a charge's outstanding, or to an unknown charge", () => {
    const outstanding = (id: string) => (id === "c1" ? MathBN.convert(50) : null)
    expect(allocationProblem(100, [{ entry_id: "c1", amount: 60 }, { entry_id: "c2", amount: 50 }], () => null)).toMatch(
      /add up to 110, more than the payment of 100/
    )
    expect(allocationProblem(100, [{ entry_id: "c9", amount: 10 }], outstanding)).toMatch(/c9 is not an open charge/)
    expect(allocationProblem(100, [{ entry_id: "c1", amount: 30 }, { entry_id: "c1", amount: 30 }], outstanding)).toMatch(
      /c1 has 50 outstanding; 60 cannot be allocated/
    )
    expect(allocationProblem(100, [{ entry_id: "c1", amount: 50 }], outstanding)).toBeNull()
  })
})
