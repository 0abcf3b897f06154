import { Input, Select } from "@medusajs/ui"
import { optionalAmountError, optionalAmountFrom } from "../../lib/company-form"
import { EMPLOYEE_ROLE_HINTS, EMPLOYEE_ROLE_LABELS } from "../../lib/format"
import { EMPLOYEE_ROLES, type EmployeeRole } from "../../lib/types"
import { FormField } from "../common/form-field"

export type EmployeeTermsValues = { role: EmployeeRole; spending_limit: string }

/** A hint when the spending limit cannot be sent as typed. */
export const spendingLimitError = (value: string) => optionalAmountError(value, "no limit")

export const spendingLimitFrom = optionalAmountFrom

type EmployeeTermsFieldsProps = {
  idPrefix: string
  values: EmployeeTermsValues
  onChange: (values: EmployeeTermsValues) => void
  currencyCode: string | null
  showErrors: boolean
}

/** Role and spending limit of an employee, shared by the add and edit drawers. */
export const EmployeeTermsFields = ({ idPrefix, values, onChange, currencyCode, showErrors }: EmployeeTermsFieldsProps) => (
  <>
    <FormField id={`${idPrefix}-role`} label="Role" hint={EMPLOYEE_ROLE_HINTS[values.role]}>
      <Select value={values.role} onValueChange={(role) => onChange({ ...values, role: role as EmployeeRole })}>
        <Select.Trigger id={`${idPrefix}-role`}>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          {EMPLOYEE_ROLES.map((role) => (
            <Select.Item key={role} value={role}>
              {EMPLOYEE_ROLE_LABELS[role]}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </FormField>
    <FormField
      id={`${idPrefix}-spending-limit`}
      label={`Spending limit${currencyCode ? ` (${currencyCode.toUpperCase()})` : ""}`}
      optional
      hint="Empty means no limit."
      error={showErrors ? spendingLimitError(values.spending_limit) : undefined}
    >
      <Input
        id={`${idPrefix}-spending-limit`}
        type="number"
        min={0}
        step="0.01"
        placeholder="No limit"
        value={values.spending_limit}
        onChange={(event) => onChange({ ...values, spending_limit: event.target.value })}
      />
    </FormField>
  </>
)
