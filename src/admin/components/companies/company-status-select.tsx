import { Select, toast, usePrompt } from "@medusajs/ui"
import { COMPANY_STATUS_EFFECTS, COMPANY_STATUS_LABELS, errorMessage } from "../../lib/format"
import { useUpdateCompany } from "../../lib/mutations"
import type { AdminCompany, CompanyStatus } from "../../lib/types"
import { CompanyStatusOptions } from "./company-status-badge"

/** Changes the company's status after the admin confirms what it means for its buyers. */
export const CompanyStatusSelect = ({ company }: { company: AdminCompany }) => {
  const prompt = usePrompt()
  const updateCompany = useUpdateCompany(company.id)

  const handleChange = async (value: string) => {
    const status = value as CompanyStatus
    if (status === company.status) {
      return
    }
    const confirmed = await prompt({
      variant: "confirmation",
      title: `Set ${company.name} to "${COMPANY_STATUS_LABELS[status]}"?`,
      description: COMPANY_STATUS_EFFECTS[status],
      confirmText: "Change status",
      cancelText: "Cancel",
    })
    if (!confirmed) {
      return
    }
    try {
      await updateCompany.mutateAsync({ status })
      toast.success(`${company.name} is now ${COMPANY_STATUS_LABELS[status].toLowerCase()}`)
    } catch (error) {
      toast.error(errorMessage(error))
    }
  }

  return (
    <Select size="small" value={company.status} onValueChange={handleChange} disabled={updateCompany.isPending}>
      <Select.Trigger aria-label="Company status" data-testid="company-status-select">
        <Select.Value />
      </Select.Trigger>
      <CompanyStatusOptions />
    </Select>
  )
}
