import { model } from "@medusajs/framework/utils"

// A charge's due date moved (a deferral agreed with the client): the one change a ledger entry admits.
export const CreditDueChange = model
  .define("credit_due_change", {
    id: model.id({ prefix: "cdue" }).primaryKey(),
    entry_id: model.text(),
    previous_due_at: model.dateTime().nullable(),
    due_at: model.dateTime(),
    note: model.text().nullable(),
    changed_by: model.text().nullable(),
  })
  .indexes([{ on: ["entry_id"], where: "deleted_at IS NULL" }])
