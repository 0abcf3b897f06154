import { PencilSquare, Trash } from "@medusajs/icons"
import { Container, Heading } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { useDeleteCompany, useForgetCompany } from "../../lib/mutations"
import type { AdminCompany } from "../../lib/types"
import { ActionMenu } from "../common/action-menu"
import { CompanyStatusBadge } from "./company-status-badge"
import { useConfirmedAction } from "../common/confirmed-action"
import { EditCompanyDrawer } from "./edit-company-drawer"
import { SectionRow } from "../common/section-states"

/** Who the company is: name, legal identity and how to reach it. */
export const CompanyGeneralSection = ({ company }: { company: AdminCompany }) => {
  const [editing, setEditing] = useState(false)
  const confirmAction = useConfirmedAction()
  const navigate = useNavigate()
  const deleteCompany = useDeleteCompany(company.id)
  const forgetCompany = useForgetCompany()

  const handleDelete = async () => {
    const deleted = await confirmAction({
      title: `Delete ${company.name}?`,
      description:
        "Its employees are detached, its customer group and negotiated prices are removed. Past orders stay as they are.",
      verificationInstruction: "Type the company's name to confirm",
      verificationText: company.name,
      confirmText: "Delete",
      run: () => deleteCompany.mutateAsync(),
      success: `Company ${company.name} was deleted`,
    })
    if (deleted) {
      navigate("/companies", { replace: true })
      // After the page is gone: removing the queries while it is mounted would make it ask again.
      setTimeout(() => forgetCompany(company.id), 0)
    }
  }

  return (
    <Container className="divide-y p-0" data-testid="company-general-section">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <Heading className="min-w-0 truncate" title={company.name} data-testid="company-name">
          {company.name}
        </Heading>
        <div className="flex shrink-0 items-center gap-x-2">
          <CompanyStatusBadge status={company.status} />
          <ActionMenu
            groups={[
              [{ label: "Edit", icon: <PencilSquare />, onClick: () => setEditing(true) }],
              [{ label: "Delete", icon: <Trash />, onClick: handleDelete, disabled: deleteCompany.isPending }],
            ]}
          />
        </div>
      </div>
      <SectionRow label="Legal name" value={company.legal_name} />
      <SectionRow label="Tax ID" value={company.tax_id} />
      <SectionRow label="Email" value={company.email} />
      <SectionRow label="Phone" value={company.phone} />
      <EditCompanyDrawer company={company} open={editing} onOpenChange={setEditing} />
    </Container>
  )
}
