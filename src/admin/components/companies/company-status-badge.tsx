import { Select, StatusBadge } from "@medusajs/ui"
import { COMPANY_STATUS_COLORS, COMPANY_STATUS_LABELS } from "../../lib/format"
import { COMPANY_STATUSES, type CompanyStatus } from "../../lib/types"

export const CompanyStatusBadge = ({ status }: { status: CompanyStatus }) => (
  <StatusBadge color={COMPANY_STATUS_COLORS[status] ?? "grey"}>{COMPANY_STATUS_LABELS[status] ?? status}</StatusBadge>
)

/** The statuses a company can have, as the options of a Select. */
export const CompanyStatusOptions = () => (
  <Select.Content>
    {COMPANY_STATUSES.map((status) => (
      <Select.Item key={status} value={status}>
        {COMPANY_STATUS_LABELS[status]}
      </Select.Item>
    ))}
  </Select.Content>
)
