import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { AdminUpdateEmployee, CompanyContactFields, CurrencyCode, EmployeeEmail, NewEmployeeTerms } from "../../admin/companies/validators"

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

export const StoreAddEmployee = z.object({ email: EmployeeEmail, ...NewEmployeeTerms })
export type StoreAddEmployeeType = z.infer<typeof StoreAddEmployee>

/** A company admin changes an employee's role and spending limit as the merchant does. */
export const StoreUpdateEmployee = AdminUpdateEmployee
export type StoreUpdateEmployeeType = z.infer<typeof StoreUpdateEmployee>

export const StoreGetEmployeesParams = createFindParams({ limit: 50, offset: 0 })
export const StoreGetCompanyOrdersParams = createFindParams({ limit: 20, offset: 0 })
