import { model } from "@medusajs/framework/utils"

// A company's account: one per company, in one currency. Its row is what every write to the ledger locks.
export const CreditAccount = model
  .define("credit_account", {
    id: model.id({ prefix: "cacc" }).primaryKey(),
    company_id: model.text(),
    currency_code: model.text(),
  })
  .indexes([{ on: ["company_id"], unique: true, where: "deleted_at IS NULL" }])
