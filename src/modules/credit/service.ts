import type { BigNumberInput } from "@medusajs/framework/types"
import { generateEntityId, InjectTransactionManager, MathBN, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import {
  allocateOldestDueFirst,
  allocatedBy,
  allocationProblem,
  availableCredit,
  chargeStatus,
  heldAmount,
  ledgerBalance,
  remainder,
  type AllocationAmount,
  type LedgerAmount,
} from "../../lib/credit/balance"
import { transactionOf, whenLockGranted, type TxContext } from "../../lib/db/row-locks"
import type { ChargeState, ChargeStatus, LedgerDirection, LedgerEntryType } from "../../lib/credit/vocabulary"
import { CreditAccount } from "./models/credit-account"
import { CreditAllocation } from "./models/allocation"
import { CreditDueChange } from "./models/due-change"
import { CreditLedgerEntry } from "./models/ledger-entry"


/** How long a ledger write waits for another one on the same account before giving up. */
const LOCK_TIMEOUT = "10s"

/** A ledger entry as the account's rows hold it, amounts exact. */
export interface LedgerRow extends LedgerAmount {
  account_id: string
  company_id: string
  amount: string
  currency_code: string
  order_id: string | null
  cart_id: string | null
  reference: string | null
  note: string | null
  occurred_at: Date
  due_at: Date | null
  state: ChargeState | null
  created_at: Date
}

/** A ledger entry as it is read: what is left of it, and a charge's status at the time of reading. */
export interface LedgerEntryView extends LedgerRow {
  /** Charges: what is still owed. Credits: what is not allocated to any charge yet. */
  outstanding: string
  status: ChargeStatus | null
}

export interface AccountSummary {
  company_id: string
  currency_code: string | null
  /** What the company owes now: booked debits less credits (negative: an advance). */
  balance: string
  /** What checkouts in progress hold. */
  held: string
  overdue_amount: string
  oldest_due_at: Date | null
}

export interface HoldChargeInput {
  company_id: string
  /** The account's currency, taken when the account is opened (the company's currency). */
  account_currency_code: string
  currency_code: string
  cart_id: string
  amount: BigNumberInput
  credit_limit: BigNumberInput | null
  /** Formats an amount for the refusal message (e.g. with the currency's minor unit). */
  format?: (value: BigNumberInput) => string
}

export interface RecordCreditInput {
  company_id: string
  currency_code: string
  amount: BigNumberInput
  occurred_at?: Date
  reference?: string | null
  note?: string | null
  /** Explicit allocations; without them the credit settles open charges earliest due first. */
  allocations?: { entry_id: string; amount: BigNumberInput }[]
}

export interface RecordAdjustmentInput {
  company_id: string
  currency_code: string
  amount: BigNumberInput
  direction: LedgerDirection
  note: string
  occurred_at?: Date
}

/** Entries a write created (and charges whose state it changed), enough to undo it. */
export interface LedgerWrite {
  entry_ids: string[]
  allocation_ids: string[]
  restore_states?: { id: string; state: ChargeState }[]
}

/**
 * An exact amount for a `model.bigNumber()` column. The generated service types say `number`, but the column takes
 * any big-number input and keeps its exact value in `raw_amount`; a JS number would round large or long amounts.
 */
const exact = (value: BigNumberInput): number => MathBN.convert(value).toFixed() as unknown as number

const toRow = (row: Record<string, unknown>): LedgerRow => {
  const raw = row.raw_amount as { value?: string | number } | null
  return {
    ...(row as unknown as LedgerRow),
    amount: MathBN.convert(raw?.value ?? (row.amount as string)).toString(),
  }
}

class CreditModuleService extends MedusaService({ CreditAccount, CreditLedgerEntry, CreditAllocation, CreditDueChange }) {
  /**
   * The check-then-write of checkout on account, atomic in PostgreSQL: the company's account row is locked for the
   * transaction, the balance and the holds are summed from the ledger under the lock, and a pending charge is
   * written only if the amount fits `credit_limit − balance − held`. Concurrent checkouts of one company, in any
   * number of processes, are judged one after the other on what is committed. A cart already holding a charge
   * gets that charge back (`created: false`), so a retried checkout holds its credit once.
   */
  @InjectTransactionManager()
  async holdCharge(
    input: HoldChargeInput,
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<{ entry: LedgerRow; created: boolean; available: string }> {
    const format = input.format ?? ((v: BigNumberInput) => MathBN.convert(v).toString())
    const account = await this.lockAccount_(input.company_id, input.account_currency_code, sharedContext)
    if (account.currency_code !== input.currency_code.toLowerCase()) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The company's account is kept in ${account.currency_code.toUpperCase()}; a cart in ${input.currency_code.toUpperCase()} cannot be ordered on account.`
      )
    }
    const { entries } = await this.accountRows_(account.id, sharedContext)
    const existing = entries.find((e) => e.type === "charge" && e.cart_id === input.cart_id && e.state !== "void")
    const available = availableCredit(input.credit_limit, ledgerBalance(entries), heldAmount(entries))
    if (existing) {
      return { entry: existing, created: false, available: available.toString() }
    }
    if (MathBN.gt(input.amount, available)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Not enough credit to order on account: the order total is ${format(input.amount)}, the company has ${format(available)} available.`
      )
    }
    const entry = await this.createCreditLedgerEntries(
      {
        account_id: account.id,
        company_id: input.company_id,
        type: "charge",
        direction: "debit",
        amount: exact(input.amount),
        currency_code: account.currency_code,
        cart_id: input.cart_id,
        occurred_at: new Date(),
        state: "pending",
      },
      sharedContext
    )
    return {
      entry: toRow(entry as unknown as Record<string, unknown>),
      created: true,
      available: MathBN.sub(available, input.amount).toString(),
    }
  }

  /**
   * Books a charge outside checkout (an invoice issued before the account was kept here, or an order the merchant
   * bills on account by hand), open and due `due_at`.
   */
  @InjectTransactionManager()
  async recordCharge(
    input: { company_id: string; currency_code: string; amount: BigNumberInput; occurred_at?: Date; due_at: Date; order_id?: string | null; reference?: string | null; note?: string | null },
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<{ entry: LedgerRow; write: LedgerWrite }> {
    const account = await this.lockAccount_(input.company_id, input.currency_code, sharedContext)
    if (account.currency_code !== input.currency_code.toLowerCase()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `The company's account is kept in ${account.currency_code.toUpperCase()}, not ${input.currency_code.toUpperCase()}.`)
    }
    const entry = await this.createCreditLedgerEntries(
      {
        account_id: account.id,
        company_id: input.company_id,
        type: "charge",
        direction: "debit",
        amount: exact(input.amount),
        currency_code: account.currency_code,
        order_id: input.order_id ?? null,
        reference: input.reference ?? null,
        note: input.note ?? null,
        occurred_at: input.occurred_at ?? new Date(),
        due_at: input.due_at,
        state: "open",
      },
      sharedContext
    )
    return { entry: toRow(entry as unknown as Record<string, unknown>), write: { entry_ids: [entry.id], allocation_ids: [] } }
  }

  /** Drops a charge still pending (its checkout failed): it was a hold, never a booked debt. */
  @InjectTransactionManager()
  async releaseHold(entryId: string, @MedusaContext() sharedContext: TxContext = {}): Promise<void> {
    const [entry] = await this.listCreditLedgerEntries({ id: entryId }, { select: ["id", "state", "type"] }, sharedContext)
    if (entry?.type === "charge" && entry.state === "pending") {
      await this.deleteCreditLedgerEntries([entryId], sharedContext)
    }
  }

  /**
   * Books the charge a checkout held for `cart_id` against its order, due `due_at`. Returns the charge as it was
   * (to undo), or null when the cart held none.
   */
  @InjectTransactionManager()
  async bindCharge(
    input: { cart_id: string; order_id: string; due_at: Date },
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<{ id: string; state: ChargeState } | null> {
    const [charge] = await this.listCreditLedgerEntries(
      { cart_id: input.cart_id, type: "charge", state: ["pending", "open"] },
      { select: ["id", "state", "account_id"] },
      sharedContext
    )
    if (!charge) return null
    await this.lockAccountById_(charge.account_id, sharedContext)
    await this.updateCreditLedgerEntries(
      { id: charge.id, state: "open", order_id: input.order_id, due_at: input.due_at, occurred_at: new Date() },
      sharedContext
    )
    return { id: charge.id, state: charge.state as ChargeState }
  }

  /** Undoes `bindCharge` (a later step of checkout failed): the charge is a hold again, with no order. */
  @InjectTransactionManager()
  async unbindCharge(before: { id: string; state: ChargeState }, @MedusaContext() sharedContext: TxContext = {}) {
    await this.updateCreditLedgerEntries({ id: before.id, state: before.state, order_id: null, due_at: null }, sharedContext)
  }

  /**
   * Voids the order's charge with a credit note of the charge's amount: what is outstanding is settled by the note,
   * and whatever was already paid stays on the account as an advance. Nothing happens for an order with no live charge.
   */
  @InjectTransactionManager()
  async voidChargeOfOrder(
    input: { order_id: string; note?: string | null },
    @MedusaContext() sharedContext: TxContext = {}
  ): Promise<LedgerWrite | null> {
    const [charge] = await this.listCreditLedgerEntries(
      { order_id: input.order_id, type: "charge", state: "open" },
      { select: ["id", "account_id", "company_id"] },
      sharedContext
    )
    if (!charge) return null
    await this.lockAccountById_(charge.account_id, sharedContext)
    const { entries, allocations } = await this.accountRows_(charge.account_id, sharedContext)
    const row = entries.find((e) => e.id === charge.id)!
    const outstanding = remainder(row, allocatedBy(allocations, "charge"))
    const note = await this.createCreditLedgerEntries(
      {
        account_id: row.account_id,
        company_id: row.company_id,
        type: "credit_note",
        direction: "credit",
        amount: exact(row.amount),
        currency_code: row.currency_code,
        order_id: input.order_id,
        note: input.note ?? "Order canceled",
        occurred_at: new Date(),
      },
      sharedContext
    )
    const created = MathBN.gt(outstanding, 0)
      ? [
          await this.createCreditAllocations(
            { account_id: row.account_id, source_entry_id: note.id, charge_entry_id: row.id, amount: exact(outstanding) },
            sharedContext
          ),
        ]
      : []
    await this.updateCreditLedgerEntries({ id: row.id, state: "void" }, sharedContext)
    return { entry_ids: [note.id], allocation_ids: created.map((a) => a.id), restore_states: [{ id: row.id, state: "open" }] }
  }

  /**
   * Records a payment received: explicit allocations (each within the charge's outstanding, together within the
   * payment) or, without them, the open charges earliest due first. The rest stays on the account as an advance.
   * A payment with a reference already recorded for the company is refused.
   */
  @InjectTransactionManager()
  async recordPayment(input: RecordCreditInput, @MedusaContext() sharedContext: TxContext = {}) {
    return await this.recordCredit_({ ...input, type: "payment", direction: "credit" }, sharedContext)
  }

  /** Records an adjustment: a debit raises what the company owes, a credit lowers it (settling charges earliest due first). */
  @InjectTransactionManager()
  async recordAdjustment(input: RecordAdjustmentInput, @MedusaContext() sharedContext: TxContext = {}) {
    return await this.recordCredit_({ ...input, type: "adjustment" }, sharedContext)
  }

  /** Moves a charge's due date and keeps the change in its history. */
  @InjectTransactionManager()
  async deferCharge(
    input: { company_id: string; entry_id: string; due_at: Date; note?: string | null; changed_by?: string | null },
    @MedusaContext() sharedContext: TxContext = {}
  ) {
    const [charge] = await this.listCreditLedgerEntries(
      { id: input.entry_id, company_id: input.company_id },
      { select: ["id", "type", "state", "due_at", "account_id"] },
      sharedContext
    )
    if (!charge) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ledger entry with id "${input.entry_id}" was not found`)
    }
    if (charge.type !== "charge" || charge.state !== "open") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Only the due date of an open charge can be changed.")
    }
    await this.lockAccountById_(charge.account_id, sharedContext)
    const change = await this.createCreditDueChanges(
      { entry_id: charge.id, previous_due_at: charge.due_at ?? null, due_at: input.due_at, note: input.note ?? null, changed_by: input.changed_by ?? null },
      sharedContext
    )
    await this.updateCreditLedgerEntries({ id: charge.id, due_at: input.due_at }, sharedContext)
    return { change_id: change.id, entry_id: charge.id, previous_due_at: (charge.due_at as Date | null) ?? null }
  }

  /** Undoes `deferCharge` (a workflow's compensation). */
  @InjectTransactionManager()
  async undoDeferral(input: { change_id: string; entry_id: string; previous_due_at: Date | null }, @MedusaContext() sharedContext: TxContext = {}) {
    await this.updateCreditLedgerEntries({ id: input.entry_id, due_at: input.previous_due_at }, sharedContext)
    await this.deleteCreditDueChanges([input.change_id], sharedContext)
  }

  /** Removes what a failed workflow wrote (a workflow's compensation; never used to edit the books). */
  @InjectTransactionManager()
  async undoLedgerWrite(write: LedgerWrite, @MedusaContext() sharedContext: TxContext = {}) {
    if (write.allocation_ids.length) await this.deleteCreditAllocations(write.allocation_ids, sharedContext)
    if (write.entry_ids.length) await this.deleteCreditLedgerEntries(write.entry_ids, sharedContext)
    for (const { id, state } of write.restore_states ?? []) {
      await this.updateCreditLedgerEntries({ id, state }, sharedContext)
    }
  }

  // ── Reads (the account's figures, the ledger, statements and receivables) ──

  /** The account's figures at `now`; zeros for a company with no account yet. */
  async accountSummary(companyId: string, now: Date = new Date()): Promise<AccountSummary> {
    const [account] = await this.listCreditAccounts({ company_id: companyId }, { select: ["id", "currency_code"] })
    if (!account) {
      return { company_id: companyId, currency_code: null, balance: "0", held: "0", overdue_amount: "0", oldest_due_at: null }
    }
    const view = await this.ledgerView(companyId, now)
    const rows = view.map((v) => v as LedgerAmount)
    let overdue = MathBN.convert(0)
    let oldest: Date | null = null
    for (const entry of view) {
      if (entry.type !== "charge" || entry.state !== "open" || MathBN.lte(entry.outstanding, 0)) continue
      if (entry.status === "overdue") overdue = MathBN.add(overdue, entry.outstanding)
      if (entry.due_at && (!oldest || entry.due_at < oldest)) oldest = entry.due_at
    }
    return {
      company_id: companyId,
      currency_code: account.currency_code,
      balance: ledgerBalance(rows).toString(),
      held: heldAmount(rows).toString(),
      overdue_amount: overdue.toString(),
      oldest_due_at: oldest,
    }
  }

  /** What the company may still buy on account under `credit_limit`. */
  async availableCredit(companyId: string, creditLimit: BigNumberInput | null, now: Date = new Date()): Promise<{ summary: AccountSummary; available: string }> {
    const summary = await this.accountSummary(companyId, now)
    return { summary, available: availableCredit(creditLimit, summary.balance, summary.held).toString() }
  }

  /** Every entry of the company, oldest first, with what is left of it and a charge's status at `now`. */
  async ledgerView(companyId: string, now: Date = new Date()): Promise<LedgerEntryView[]> {
    const [account] = await this.listCreditAccounts({ company_id: companyId }, { select: ["id"] })
    if (!account) return []
    const { entries, allocations } = await this.accountRows_(account.id)
    const toCharge = allocatedBy(allocations, "charge")
    const fromSource = allocatedBy(allocations, "source")
    return entries.map((entry) => {
      const outstanding = remainder(entry, entry.direction === "debit" ? toCharge : fromSource).toString()
      return { ...entry, outstanding, status: entry.type === "charge" ? chargeStatus(entry, outstanding, now) : null }
    })
  }

  /** The allocations touching the given entries (to show what a payment paid, or what paid a charge). */
  async allocationsOf(entryIds: string[]) {
    if (!entryIds.length) return []
    const [bySource, byCharge] = await Promise.all([
      this.listCreditAllocations({ source_entry_id: entryIds }),
      this.listCreditAllocations({ charge_entry_id: entryIds }),
    ])
    const all = new Map([...bySource, ...byCharge].map((a) => [a.id, a]))
    return [...all.values()]
  }

  /** The due-date history of a charge, oldest change first. */
  async dueHistory(entryId: string) {
    return await this.listCreditDueChanges({ entry_id: entryId }, { order: { created_at: "ASC" } })
  }

  // ── Internals ──

  private async recordCredit_(
    input: (RecordCreditInput | RecordAdjustmentInput) & { type: LedgerEntryType; direction: LedgerDirection },
    sharedContext: TxContext
  ) {
    const account = await this.lockAccount_(input.company_id, input.currency_code, sharedContext)
    if (account.currency_code !== input.currency_code.toLowerCase()) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The company's account is kept in ${account.currency_code.toUpperCase()}, not ${input.currency_code.toUpperCase()}.`
      )
    }
    const reference = "reference" in input ? input.reference ?? null : null
    if (input.type === "payment" && reference) {
      const [same] = await this.listCreditLedgerEntries(
        { company_id: input.company_id, type: "payment", reference },
        { select: ["id"] },
        sharedContext
      )
      if (same) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `A payment with the reference "${reference}" is already recorded for this company.`)
      }
    }
    const { entries, allocations } = await this.accountRows_(account.id, sharedContext)
    const toCharge = allocatedBy(allocations, "charge")
    const open = entries
      .filter((e) => e.type === "charge" && e.state === "open")
      .map((e) => ({ ...e, outstanding: remainder(e, toCharge) }))
    let planned: { charge_entry_id: string; amount: BigNumberInput }[] = []
    if (input.direction === "credit") {
      const requested = "allocations" in input ? input.allocations : undefined
      if (requested?.length) {
        const problem = allocationProblem(input.amount, requested, (id) => open.find((c) => c.id === id)?.outstanding ?? null)
        if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
        planned = requested.map((a) => ({ charge_entry_id: a.entry_id, amount: a.amount }))
      } else {
        planned = allocateOldestDueFirst(input.amount, open).allocations
      }
    }
    const entry = await this.createCreditLedgerEntries(
      {
        account_id: account.id,
        company_id: input.company_id,
        type: input.type,
        direction: input.direction,
        amount: exact(input.amount),
        currency_code: account.currency_code,
        reference,
        note: input.note ?? null,
        occurred_at: input.occurred_at ?? new Date(),
      },
      sharedContext
    )
    const created = planned.length
      ? await this.createCreditAllocations(
          planned.map((a) => ({
            account_id: account.id,
            source_entry_id: entry.id,
            charge_entry_id: a.charge_entry_id,
            amount: exact(a.amount),
          })),
          sharedContext
        )
      : []
    return {
      entry: toRow(entry as unknown as Record<string, unknown>),
      allocations: created.map((a) => ({ id: a.id, charge_entry_id: a.charge_entry_id, amount: MathBN.convert((a.raw_amount as { value?: string } | null)?.value ?? a.amount).toString() })),
      write: { entry_ids: [entry.id], allocation_ids: created.map((a) => a.id) } satisfies LedgerWrite,
    }
  }

  /** The account's entries and allocations, read in the caller's transaction when there is one. */
  private async accountRows_(accountId: string, sharedContext?: TxContext): Promise<{ entries: LedgerRow[]; allocations: AllocationAmount[] }> {
    const [entries, allocations] = await Promise.all([
      this.listCreditLedgerEntries({ account_id: accountId }, { order: { occurred_at: "ASC", created_at: "ASC" } }, sharedContext),
      this.listCreditAllocations({ account_id: accountId }, { select: ["source_entry_id", "charge_entry_id", "amount", "raw_amount"] }, sharedContext),
    ])
    return {
      entries: entries.map((e) => toRow(e as unknown as Record<string, unknown>)),
      allocations: allocations.map((a) => ({
        source_entry_id: a.source_entry_id,
        charge_entry_id: a.charge_entry_id,
        amount: MathBN.convert((a.raw_amount as { value?: string } | null)?.value ?? a.amount).toString(),
      })),
    }
  }

  private transaction_(sharedContext: TxContext) {
    return transactionOf(sharedContext, "Ledger writes")
  }

  private async locked_<T>(query: PromiseLike<T>): Promise<T> {
    return await whenLockGranted(query, "The company's account is busy with another write; try again in a moment.")
  }

  /** Opens the company's account if it has none (in `currencyCode`), and locks its row until the transaction ends. */
  private async lockAccount_(companyId: string, currencyCode: string, sharedContext: TxContext) {
    const knex = this.transaction_(sharedContext)
    await knex.raw(`SET LOCAL lock_timeout = '${LOCK_TIMEOUT}'`)
    // A concurrent first write to the same company is settled by the unique index: one row is created.
    await knex.raw(
      `INSERT INTO credit_account (id, company_id, currency_code, created_at, updated_at) VALUES (?, ?, ?, now(), now()) ON CONFLICT DO NOTHING`,
      [generateEntityId(undefined, "cacc"), companyId, currencyCode.toLowerCase()]
    )
    const rows: { id: string; currency_code: string }[] = await this.locked_(
      knex("credit_account").where({ company_id: companyId }).whereNull("deleted_at").forUpdate().select("id", "currency_code")
    )
    return rows[0]
  }

  private async lockAccountById_(accountId: string, sharedContext: TxContext) {
    const knex = this.transaction_(sharedContext)
    await knex.raw(`SET LOCAL lock_timeout = '${LOCK_TIMEOUT}'`)
    await this.locked_(knex("credit_account").where({ id: accountId }).forUpdate().select("id"))
  }
}

export default CreditModuleService
