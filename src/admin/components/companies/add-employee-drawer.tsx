import { toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { isEmail } from "../../lib/company-form"
import { useAddEmployee } from "../../lib/mutations"
import type { AdminCompany } from "../../lib/types"
import { CustomerPicker, type PickedCustomer } from "./customer-picker"
import { EmployeeTermsFields, type EmployeeTermsValues, spendingLimitError, spendingLimitFrom } from "./employee-fields"
import { FormDrawer, useFormSubmission } from "../common/form-drawer"
import { FormField } from "../common/form-field"

type AddEmployeeDrawerProps = {
  company: AdminCompany
  open: boolean
  onOpenChange: (open: boolean) => void
}

/** Attaches an existing customer to the company, by email or picked from a search. */
export const AddEmployeeDrawer = ({ company, open, onOpenChange }: AddEmployeeDrawerProps) => {
  const addEmployee = useAddEmployee(company.id)
  const [email, setEmail] = useState("")
  const [picked, setPicked] = useState<PickedCustomer | null>(null)
  const [terms, setTerms] = useState<EmployeeTermsValues>({ role: "buyer", spending_limit: "" })
  const form = useFormSubmission()

  useEffect(() => {
    if (open) {
      setEmail("")
      setPicked(null)
      setTerms({ role: "buyer", spending_limit: "" })
      form.reset()
    }
  }, [open, form.reset])

  const emailError =
    picked || isEmail(email) ? undefined : "Enter the customer's email, or pick a customer from the search."

  const send = async () => {
    await addEmployee.mutateAsync({
      ...(picked ? { customer_id: picked.id } : { email: email.trim() }),
      role: terms.role,
      ...(terms.spending_limit.trim() ? { spending_limit: spendingLimitFrom(terms.spending_limit) } : {}),
    })
    toast.success(`${picked?.email ?? email.trim()} was added to ${company.name}`)
    onOpenChange(false)
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="Add employee"
      description={`Attach an existing customer to ${company.name} with a role and an optional spending limit.`}
      submitLabel="Add"
      isPending={addEmployee.isPending}
      error={form.error}
      onSubmit={() => form.submit(!emailError && !spendingLimitError(terms.spending_limit), send)}
    >
      <FormField
        id="employee-customer"
        label="Customer"
        hint="A customer belongs to at most one company."
        error={form.submitted ? emailError : undefined}
      >
        <CustomerPicker
          id="employee-customer"
          email={email}
          picked={picked}
          onEmailChange={setEmail}
          onPick={setPicked}
          error={form.submitted ? emailError : undefined}
        />
      </FormField>
      <EmployeeTermsFields
        idPrefix="employee"
        values={terms}
        onChange={setTerms}
        currencyCode={company.currency_code}
        showErrors={form.submitted}
      />
    </FormDrawer>
  )
}
