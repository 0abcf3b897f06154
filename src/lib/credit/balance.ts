import { MathBN } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"
import type { ChargeState, ChargeStatus, LedgerDirection, LedgerEntryType } from "./vocabulary"

/** The part of a ledger entry the account's sums are made of. */
export interface LedgerAmount {
  id: string
  type: LedgerEntryType
  direction: LedgerDirection
  amount: BigNumberInput
  /** Charges only. */
  state?: ChargeState | null
  due_at?: Date | string | null
  occurred_at?: Date | string | null
}

/** An amount moved from a crediting entry (payment, credit note, credit adjustment) onto a charge. */
export interface AllocationAmount {
  source_entry_id: string
  charge_entry_id: string
  amount: BigNumberInput
}

export type Big = ReturnType<typeof MathBN.convert>

const time = (value: Date | string | null | undefined) => (value ? new Date(value).getTime() : Number.NaN)

/** True for the entries that count in the balance: everything but a charge still held at checkout. */
export const isBooked = (entry: Pick<LedgerAmount, "type" | "state">) => !(entry.type === "charge" && entry.state === "pending")

/** What the company owes: Σ booked debits − Σ booked credits (negative: an advance). */
export function ledgerBalance(entries: LedgerAmount[]): Big {
  let balance = MathBN.convert(0)
  for (const entry of entries) {
    if (!isBooked(entry)) continue
    balance = entry.direction === "debit" ? MathBN.add(balance, entry.amount) : MathBN.sub(balance, entry.amount)
  }
  return balance
}

/** What checkouts in progress hold: the sum of pending charges. */
export function heldAmount(entries: LedgerAmount[]): Big {
  return entries
    .filter((e) => e.type === "charge" && e.state === "pending")
    .reduce((sum, e) => MathBN.add(sum, e.amount), MathBN.convert(0))
}

/** `credit_limit − balance − held`, never below 0; no limit means nothing is available on account. */
export function availableCredit(limit: BigNumberInput | null | undefined, balance: BigNumberInput, held: BigNumberInput): Big {
  if (limit === null || limit === undefined) return MathBN.convert(0)
  return MathBN.max(MathBN.sub(MathBN.sub(limit, balance), held), 0)
}

/** Σ allocations per entry id, on the side given (what a charge received, or what a credit gave away). */
export function allocatedBy(allocations: AllocationAmount[], side: "charge" | "source"): Map<string, Big> {
  const sums = new Map<string, Big>()
  for (const a of allocations) {
    const key = side === "charge" ? a.charge_entry_id : a.source_entry_id
    sums.set(key, MathBN.add(sums.get(key) ?? 0, a.amount))
  }
  return sums
}

/** What is left of an entry: a charge's outstanding, or a credit's unallocated rest. Never below 0. */
export function remainder(entry: Pick<LedgerAmount, "id" | "amount">, allocated: Map<string, Big>): Big {
  return MathBN.max(MathBN.sub(entry.amount, allocated.get(entry.id) ?? 0), 0)
}

/** A charge's status when read at `now`: overdue is past `due_at` with something outstanding. */
export function chargeStatus(charge: Pick<LedgerAmount, "state" | "due_at">, outstanding: BigNumberInput, now: Date): ChargeStatus {
  if (charge.state === "void") return "void"
  if (charge.state === "pending") return "pending"
  if (MathBN.lte(outstanding, 0)) return "paid"
  if (charge.due_at && time(charge.due_at) < now.getTime()) return "overdue"
  return "open"
}

/** Open charges that still owe something, oldest `due_at` first (then oldest entry): the order payments settle them in. */
export function chargesByDueDate<T extends LedgerAmount>(charges: T[]): T[] {
  const key = (c: T) => (Number.isNaN(time(c.due_at)) ? Number.MAX_SAFE_INTEGER : time(c.due_at))
  return [...charges].sort((a, b) => key(a) - key(b) || time(a.occurred_at) - time(b.occurred_at) || a.id.localeCompare(b.id))
}

/**
 * Spreads `amount` over the charges oldest-due-first, each up to its outstanding. Returns the allocations and
 * the rest nothing owed took (an advance).
 */
export function allocateOldestDueFirst(
  amount: BigNumberInput,
  charges: { id: string; due_at?: Date | string | null; occurred_at?: Date | string | null; outstanding: BigNumberInput }[]
): { allocations: { charge_entry_id: string; amount: Big }[]; rest: Big } {
  let rest = MathBN.convert(amount)
  const allocations: { charge_entry_id: string; amount: Big }[] = []
  const ordered = chargesByDueDate(
    charges.map((c) => ({ ...c, type: "charge" as const, direction: "debit" as const, amount: c.outstanding }))
  )
  for (const charge of ordered) {
    if (MathBN.lte(rest, 0)) break
    if (MathBN.lte(charge.outstanding, 0)) continue
    const take = MathBN.min(rest, charge.outstanding)
    allocations.push({ charge_entry_id: charge.id, amount: take })
    rest = MathBN.sub(rest, take)
  }
  return { allocations, rest }
}

/**
 * Why explicit allocations of a payment are refused, or null: each must name an open charge of the account, take
 * no more than its outstanding, and together no more than the payment.
 */
export function allocationProblem(
  amount: BigNumberInput,
  requested: { entry_id: string; amount: BigNumberInput }[],
  outstandingOf: (entryId: string) => Big | null,
  format: (value: BigNumberInput) => string = (v) => MathBN.convert(v).toString()
): string | null {
  const total = requested.reduce((sum, a) => MathBN.add(sum, a.amount), MathBN.convert(0))
  if (MathBN.gt(total, amount)) {
    return `The allocations add up to ${format(total)}, more than the payment of ${format(amount)}.`
  }
  const seen = new Map<string, Big>()
  for (const a of requested) {
    const outstanding = outstandingOf(a.entry_id)
    if (outstanding === null) {
      return `Entry ${a.entry_id} is not an open charge of this company.`
    }
    const sum = MathBN.add(seen.get(a.entry_id) ?? 0, a.amount)
    seen.set(a.entry_id, sum)
    if (MathBN.gt(sum, outstanding)) {
      return `Charge ${a.entry_id} has ${format(outstanding)} outstanding; ${format(sum)} cannot be allocated to it.`
    }
  }
  return null
}

/** A due date `days` after `from`. */
export const dueAfter = (from: Date, days: number | null | undefined) => new Date(from.getTime() + (days ?? 0) * 24 * 60 * 60 * 1000)
