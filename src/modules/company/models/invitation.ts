import { model } from "@medusajs/framework/utils"
import { EMPLOYEE_ROLES, INVITATION_STATUSES } from "../../../lib/company/vocabulary"

export { INVITATION_STATUSES }

/**
 * An invitation to join a company, addressed to an e-mail address. The customer with that address
 * becomes an employee only by accepting it. The token is never stored, only its SHA-256 hash.
 */
export const CompanyInvitation = model
  .define("company_invitation", {
    id: model.id({ prefix: "cinv" }).primaryKey(),
    company_id: model.text(),
    email: model.text().searchable(),
    role: model.enum([...EMPLOYEE_ROLES]).default("buyer"),
    /** The spending limit the employee will have; null for none. */
    spending_limit: model.bigNumber().nullable(),
    token_hash: model.text(),
    status: model.enum([...INVITATION_STATUSES]).default("pending"),
    expires_at: model.dateTime(),
    invited_by: model.text().nullable(),
    answered_at: model.dateTime().nullable(),
    customer_id: model.text().nullable(),
  })
  .indexes([
    // One open invitation per company and address: a second one must wait for the first to end.
    { on: ["company_id", "email"], unique: true, where: "deleted_at IS NULL AND status = 'pending'" },
    { on: ["token_hash"], unique: true, where: "deleted_at IS NULL" },
    { on: ["email"], where: "deleted_at IS NULL" },
    { on: ["expires_at"], where: "deleted_at IS NULL AND status = 'pending'" },
  ])
