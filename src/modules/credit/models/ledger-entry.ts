import { model } from "@medusajs/framework/utils"
import { CHARGE_STATES, LEDGER_DIRECTIONS, LEDGER_ENTRY_TYPES } from "../../../lib/credit/vocabulary"

// One line of a company's ledger. Amounts are never edited: a mistake is corrected by another entry.
export const CreditLedgerEntry = model
  .define("credit_ledger_entry", {
    id: model.id({ prefix: "cle" }).primaryKey(),
    account_id: model.text(),
    company_id: model.text(),
    type: model.enum([...LEDGER_ENTRY_TYPES]),
    direction: model.enum([...LEDGER_DIRECTIONS]),
    amount: model.bigNumber(),
    currency_code: model.text(),
    order_id: model.text().nullable(),
    // The cart a charge was held for at checkout: one live charge per cart.
    cart_id: model.text().nullable(),
    reference: model.text().nullable(),
    note: model.text().nullable(),
    occurred_at: model.dateTime(),
    due_at: model.dateTime().nullable(),
    state: model.enum([...CHARGE_STATES]).nullable(),
  })
  .indexes([
    { on: ["company_id", "occurred_at"], where: "deleted_at IS NULL" },
    { on: ["account_id", "occurred_at"], where: "deleted_at IS NULL" },
    { on: ["order_id"], where: "deleted_at IS NULL AND order_id IS NOT NULL" },
    // A checkout retried for the same cart holds its credit once.
    {
      name: "IDX_credit_ledger_entry_cart_charge_unique",
      on: ["cart_id"],
      unique: true,
      where: "deleted_at IS NULL AND type = 'charge' AND cart_id IS NOT NULL AND state <> 'void'",
    },
    // A payment recorded from a capture (or a bank reference) is recorded once per company.
    {
      name: "IDX_credit_ledger_entry_payment_reference_unique",
      on: ["company_id", "reference"],
      unique: true,
      where: "deleted_at IS NULL AND type = 'payment' AND reference IS NOT NULL",
    },
  ])
