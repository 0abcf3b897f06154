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

/** A company admin invites an e-mail address with the role and spending limit the invitee will have once they accept. */
export const StoreCreateInvitation = z.object({ email: EmployeeEmail, ...NewEmployeeTerms })
export type StoreCreateInvitationType = z.infer<typeof StoreCreateInvitation>

/** Adding an employee from the store is inviting them: the body is an invitation's. */
export const StoreAddEmployee = StoreCreateInvitation
export type StoreAddEmployeeType = StoreCreateInvitationType

/** A company admin changes an employee's role and spending limit as the merchant does. */
export const StoreUpdateEmployee = AdminUpdateEmployee
export type StoreUpdateEmployeeType = z.infer<typeof StoreUpdateEmployee>

export const StoreGetEmployeesParams = listParams({ limit: 50, orderable: ORDERABLE_EMPLOYEE_FIELDS })
export const StoreGetCompanyOrdersParams = listParams({ limit: 20, orderable: ORDERABLE_ORDER_FIELDS })
