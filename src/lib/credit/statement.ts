import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { isoDay } from "../documents/format"
import { isBooked } from "./balance"

export type LedgerEntryType = "charge" | "payment" | "credit_note" | "adjustment"
export type LedgerDirection = "debit" | "credit"

/** A ledger entry as a statement needs it. */
export interface StatementSourceEntry {
  id: string
  type: LedgerEntryType
  direction: LedgerDirection
  amount: BigNumberInput
  occurred_at: Date | string
  order_id?: string | null
  reference?: string | null
  note?: string | null
  due_at?: Date | string | null
  /** Charges only: a `pending` charge is credit held by a checkout in progress, not yet owed. */
  state?: "pending" | "open" | "void" | null
}

/** A line of the statement: the entry in the debit or the credit column, and the balance after it. */
export interface StatementLine {
  id: string
  date: string
  type: LedgerEntryType
  direction: LedgerDirection
  order_id: string | null
  reference: string | null
  note: string | null
  due_at: string | null
  debit: string
  credit: string
  balance: string
}

export interface Statement {
  company_id: string
  currency_code: string
  from: string
  to: string
  opening_balance: string
  entries: StatementLine[]
  total_debit: string
  total_credit: string
  closing_balance: string
}

export interface StatementInput {
  company_id: string
  currency_code: string
  /** First and last day of the period, `YYYY-MM-DD`, both included. */
  from: string
  to: string
  /** What the company owed at the start of `from`: given as a sum, or as the entries before `from`. */
  opening_balance?: BigNumberInput
  entries_before?: StatementSourceEntry[]
  /** The entries of the period (entries outside it are left out). */
  entries: StatementSourceEntry[]
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** True when `value` is a real calendar day written `YYYY-MM-DD`. */
export function isCalendarDay(value: string): boolean {
  if (!DAY.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/** The first instant after the day `YYYY-MM-DD` (UTC): entries before it belong to the day or earlier. */
export function endOfDay(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 24 * 60 * 60 * 1000)
}

/** The first instant of the day `YYYY-MM-DD` (UTC). */
export function startOfDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`)
}

/** What an entry adds to what the company owes: + for a debit, − for a credit. */
export function signedAmount(entry: Pick<StatementSourceEntry, "amount" | "direction">) {
  return entry.direction === "debit" ? MathBN.convert(entry.amount) : MathBN.mult(entry.amount, -1)
}


/** What the company owes after these entries: Σ debit − Σ credit of the booked ones. */
export function statementBalance(entries: Pick<StatementSourceEntry, "amount" | "direction" | "type" | "state">[]) {
  return entries.filter(isBooked).reduce((sum, entry) => MathBN.add(sum, signedAmount(entry)), MathBN.convert(0))
}

const byDateThenId = (a: StatementSourceEntry, b: StatementSourceEntry) =>
  new Date(a.occurred_at).getTime() - new Date(b.occurred_at).getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * The statement of account for a period: opening balance, the period's entries in date order with the
 * running balance, the totals of each column and the closing balance
 * (opening + Σ debit − Σ credit = closing). Amounts are exact decimal strings.
 */
export function buildStatement(input: StatementInput): Statement {
  const opening = MathBN.convert(input.opening_balance ?? statementBalance(input.entries_before ?? []))
  const start = startOfDay(input.from).getTime()
  const end = endOfDay(input.to).getTime()
  const inPeriod = input.entries
    .filter((entry) => {
      if (!isBooked(entry)) return false
      const at = new Date(entry.occurred_at).getTime()
      return at >= start && at < end
    })
    .sort(byDateThenId)

  let balance = opening
  let totalDebit = MathBN.convert(0)
  let totalCredit = MathBN.convert(0)
  const lines = inPeriod.map((entry): StatementLine => {
    const amount = MathBN.convert(entry.amount)
    if (entry.direction === "debit") totalDebit = MathBN.add(totalDebit, amount)
    else totalCredit = MathBN.add(totalCredit, amount)
    balance = MathBN.add(balance, signedAmount(entry))
    return {
      id: entry.id,
      date: isoDay(entry.occurred_at),
      type: entry.type,
      direction: entry.direction,
      order_id: entry.order_id ?? null,
      reference: entry.reference ?? null,
      note: entry.note ?? null,
      due_at: entry.due_at ? new Date(entry.due_at).toISOString() : null,
      debit: entry.direction === "debit" ? amount.toString() : "0",
      credit: entry.direction === "credit" ? amount.toString() : "0",
      balance: balance.toString(),
    }
  })

  return {
    company_id: input.company_id,
    currency_code: input.currency_code,
    from: input.from,
    to: input.to,
    opening_balance: opening.toString(),
    entries: lines,
    total_debit: totalDebit.toString(),
    total_credit: totalCredit.toString(),
    closing_balance: MathBN.sub(MathBN.add(opening, totalDebit), totalCredit).toString(),
  }
}
