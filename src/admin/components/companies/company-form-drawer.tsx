import { COMPANY_FIELD_LABELS, inFieldLabels } from "../../lib/field-labels"
import { useEffect, useState } from "react"
import { type CompanyFormValues, validateCompanyForm } from "../../lib/company-form"
import { CompanyFormFields } from "./company-form-fields"
import { FormDrawer, useFormSubmission } from "../common/form-drawer"

type CompanyFormDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description: string
  submitLabel: string
  initialValues: CompanyFormValues
  isPending: boolean
  showStatus?: boolean
  /** Sends the values; a rejection is shown in the drawer, which stays open. */
  onSubmit: (values: CompanyFormValues) => Promise<unknown>
}

/** The company form in a drawer, shared by "Create company" and "Edit company". */
export const CompanyFormDrawer = ({ open, initialValues, showStatus, onSubmit, ...drawer }: CompanyFormDrawerProps) => {
  const [values, setValues] = useState(initialValues)
  const form = useFormSubmission()

  useEffect(() => {
    if (open) {
      setValues(initialValues)
      form.reset()
    }
    // Reset only when the drawer opens, not on every parent render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open])

  return (
    <FormDrawer
      {...drawer}
      open={open}
      error={form.error && inFieldLabels(form.error, COMPANY_FIELD_LABELS)}
      onSubmit={() =>
        form.submit(Object.keys(validateCompanyForm(values)).length === 0, () => onSubmit(values))
      }
    >
      <CompanyFormFields
        idPrefix="company"
        values={values}
        errors={form.submitted ? validateCompanyForm(values) : {}}
        onChange={setValues}
        showStatus={showStatus}
      />
    </FormDrawer>
  )
}
