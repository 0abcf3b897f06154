import { model } from "@medusajs/framework/utils"

// Part of a payment, credit note or credit adjustment that settles a charge.
export const CreditAllocation = model
  .define("credit_allocation", {
    id: model.id({ prefix: "calloc" }).primaryKey(),
    account_id: model.text(),
    source_entry_id: model.text(),
    charge_entry_id: model.text(),
    amount: model.bigNumber(),
  })
  .indexes([
    { on: ["account_id"], where: "deleted_at IS NULL" },
    { on: ["charge_entry_id"], where: "deleted_at IS NULL" },
    { on: ["source_entry_id"], where: "deleted_at IS NULL" },
  ])
