import { Badge } from "@medusajs/ui"
import { EMPLOYEE_ROLE_LABELS } from "../../lib/format"
import type { EmployeeRole } from "../../lib/types"

const ROLE_COLORS = { admin: "purple", buyer: "blue", viewer: "grey" } as const

/** An employee's role, in the same colour wherever it is shown (company page, customer page). */
export const EmployeeRoleBadge = ({ role }: { role: EmployeeRole }) => (
  <Badge size="2xsmall" color={ROLE_COLORS[role] ?? "grey"}>
    {EMPLOYEE_ROLE_LABELS[role] ?? role}
  </Badge>
)
