import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { CompanyContactFields, CurrencyCode, EmployeeRole, Money } from "../../admin/companies/validators"

export const StoreApplyForCompany = z.object({
  name: z
    .string({ message: "name is required" })
    .trim()
    .refine((value) => value.length > 0, { message: "name is required" })
    .refine((value) => value.length <= 255, { message: "name must be at most 255 characters" }),
  ...CompanyContactFields,
  currency_code: CurrencyCode.nullish(),
})
export type StoreApplyForCompanyType = z.infer<typeof StoreApplyForCompany>

/** A company admin edits contact data only: status, terms and prices are the merchant's. */
export const StoreUpdateCompany = z.object({
  name: StoreApplyForCompany.shape.name.optional(),
  ...CompanyContactFields,
})
export type StoreUpdateCompanyType = z.infer<typeof StoreUpdateCompany>

export const StoreAddEmployee = z.object({
  email: z.string().trim().toLowerCase().email({ message: "email must be a valid email address" }).max(255),
  role: EmployeeRole.default("buyer"),
  spending_limit: Money("spending_limit").nullish(),
})
export type StoreAddEmployeeType = z.infer<typeof StoreAddEmployee>

export const StoreUpdateEmployee = z.object({
  role: EmployeeRole.optional(),
  spending_limit: Money("spending_limit").nullish(),
})
export type StoreUpdateEmployeeType = z.infer<typeof StoreUpdateEmployee>

export const StoreGetEmployeesParams = createFindParams({ limit: 50, offset: 0 })
export const StoreGetCompanyOrdersParams = createFindParams({ limit: 20, offset: 0 })
