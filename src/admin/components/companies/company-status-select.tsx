import { Select } from "@medusajs/ui"
import { COMPANY_STATUS_EFFECTS, COMPANY_STATUS_LABELS } from "../../lib/format"
import { useUpdateCompany } from "../../lib/mutations"
import type { AdminCompany, CompanyStatus } from "../../lib/types"
import { CompanyStatusOptions } from "./company-status-badge"
import { useConfirmedAction } from "../common/confirmed-action"

/** Changes the company's status after the admin confirms what it means for its buyers. */
export const CompanyStatusSelect = ({ company }: { company: AdminCompany }) => {
  const confirmAction = useConfirmedAction()
  const updateCompany = useUpdateCompany(company.id)

  const handleChange = async (value: string) => {
    const status = value as CompanyStatus
    if (status === company.status) {
      return
    }
    await confirmAction({
      variant: "confirmation",
      title: `Set ${company.name} to "${COMPANY_STATUS_LABELS[status]}"?`,
      description: COMPANY_STATUS_EFFECTS[status],
      confirmText: "Change status",
      run: () => updateCompany.mutateAsync({ status }),
      success: `${company.name} is now ${COMPANY_STATUS_LABELS[status].toLowerCase()}`,
    })
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
