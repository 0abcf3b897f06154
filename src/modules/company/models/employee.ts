import { model } from "@medusajs/framework/utils"
import { EMPLOYEE_ROLES } from "../../../lib/company/vocabulary"
import { Company } from "./company"

export { EMPLOYEE_ROLES }

export const Employee = model
  .define("employee", {
    id: model.id({ prefix: "emp" }).primaryKey(),
    customer_id: model.text(),
    email: model.text().searchable().nullable(),
    first_name: model.text().searchable().nullable(),
    last_name: model.text().searchable().nullable(),
    role: model.enum([...EMPLOYEE_ROLES]).default("buyer"),
    spending_limit: model.bigNumber().nullable(),
    company: model.belongsTo(() => Company, { mappedBy: "employees" }),
  })
  .indexes([
    // A customer is the employee of at most one company.
    { on: ["customer_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["company_id"], where: "deleted_at IS NULL" },
  ])
