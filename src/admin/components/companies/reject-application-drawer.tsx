import { Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useRejectApplication } from "../../lib/mutations"
import type { AdminCompany } from "../../lib/types"
import { FormDrawer, useFormSubmission } from "../common/form-drawer"
import { FormField } from "../common/form-field"

/** Turns an application down with a reason; the applicant is told the reason. */
export const RejectApplicationDrawer = ({
  company,
  onOpenChange,
}: {
  company: AdminCompany | null
  onOpenChange: (open: boolean) => void
}) => {
  const [reason, setReason] = useState("")
  const form = useFormSubmission()
  const reject = useRejectApplication()
  const { reset } = form

  useEffect(() => {
    setReason("")
    reset()
  }, [company?.id, reset])

  const missing = form.submitted && !reason.trim() ? "Give the applicant a reason." : undefined

  return (
    <FormDrawer
      open={Boolean(company)}
      onOpenChange={onOpenChange}
      title={`Reject ${company?.name ?? "application"}`}
      description="The company is blocked and the applicant is told why."
      submitLabel="Reject"
      isPending={reject.isPending}
      error={form.error}
      onSubmit={() =>
        form.submit(Boolean(reason.trim()), async () => {
          if (!company) return
          await reject.mutateAsync({ id: company.id, reason: reason.trim() })
          toast.success(`The application of ${company.name} was rejected`)
          onOpenChange(false)
        })
      }
    >
      <FormField
        id="reject-reason"
        label="Reason"
        hint="Sent to the applicant with the decision."
        error={missing}
      >
        <Textarea
          id="reject-reason"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          aria-invalid={Boolean(missing)}
          rows={4}
        />
      </FormField>
    </FormDrawer>
  )
}
