import { z } from "@medusajs/framework/zod"
import { listParams } from "../../utils/list-params"
import {
  AdminUpdateEmployee,
  CompanyContactFields,
  CurrencyCode,
  EmployeeEmail,
  NewEmployeeTerms,
  ORDERABLE_EMPLOYEE_FIELDS,
  ORDERABLE_ORDER_FIELDS,
} from "../../admin/companies/validators"

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

export const StoreGetEmployeesParams = listParams({ limit: 50, orderable: ORDERABLE_EMPLOYEE_FIELDS })
export const StoreGetCompanyOrdersParams = listParams({ limit: 20, orderable: ORDERABLE_ORDER_FIELDS })
