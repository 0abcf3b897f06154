import { Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { lastAdminMessage, wouldLeaveCompanyWithoutAdmin, type MembershipChange } from "../../../lib/company/admins"
import { personName } from "../../lib/format"
import { useUpdateEmployee } from "../../lib/mutations"
import type { AdminCompany, AdminEmployee } from "../../lib/types"
import { EmployeeTermsFields, type EmployeeTermsValues, spendingLimitError, spendingLimitFrom } from "./employee-fields"
import { FormDrawer, useFormSubmission } from "../common/form-drawer"

type EditEmployeeDrawerProps = {
  company: AdminCompany
  employee: AdminEmployee | null
  onClose: () => void
}

/** Changes an employee's role and spending limit. */
export const EditEmployeeDrawer = ({ company, employee, onClose }: EditEmployeeDrawerProps) => {
  const updateEmployee = useUpdateEmployee(company.id)
  const [terms, setTerms] = useState<EmployeeTermsValues>({ role: "buyer", spending_limit: "" })
  const form = useFormSubmission()

  useEffect(() => {
    if (employee) {
      setTerms({
        role: employee.role,
        spending_limit: employee.spending_limit === null ? "" : String(employee.spending_limit),
      })
      form.reset()
    }
  }, [employee, form.reset])

  // The server judges the same rule under a lock; previewing it spares the admin a refused save.
  const change: MembershipChange | null = employee ? { kind: "role", employee_id: employee.id, role: terms.role } : null
  const blockedReason =
    change && wouldLeaveCompanyWithoutAdmin(company.employees ?? [], change) ? lastAdminMessage(company.name, change) : null

  const send = async () => {
    if (!employee) {
      return
    }
    await updateEmployee.mutateAsync({
      id: employee.id,
      role: terms.role,
      spending_limit: spendingLimitFrom(terms.spending_limit),
    })
    toast.success("Employee was updated")
    onClose()
  }

  return (
    <FormDrawer
      open={Boolean(employee)}
      onOpenChange={(open) => !open && onClose()}
      title="Edit employee"
      description="Change the role and spending limit of an employee."
      submitLabel="Save"
      isPending={updateEmployee.isPending}
      error={form.error}
      blockedReason={blockedReason}
      onSubmit={() => form.submit(!spendingLimitError(terms.spending_limit), send)}
    >
      {employee && (
        <div>
          <Text size="small" leading="compact" weight="plus">
            {personName(employee) || employee.email}
          </Text>
          <Text size="small" leading="compact" className="text-ui-fg-subtle">
            {employee.email}
          </Text>
        </div>
      )}
      <EmployeeTermsFields
        idPrefix="edit-employee"
        values={terms}
        onChange={setTerms}
        currencyCode={company.currency_code}
        showErrors={form.submitted}
      />
    </FormDrawer>
  )
}
