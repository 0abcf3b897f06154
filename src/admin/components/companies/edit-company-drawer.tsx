import { toast } from "@medusajs/ui"
import { companyFormFrom, companyInputFrom } from "../../lib/company-form"
import { useUpdateCompany } from "../../lib/mutations"
import type { AdminCompany } from "../../lib/types"
import { CompanyFormDrawer } from "./company-form-drawer"

type EditCompanyDrawerProps = {
  company: AdminCompany
  open: boolean
  onOpenChange: (open: boolean) => void
}

/** Edits the company's contact data and terms; status changes go through the status select. */
export const EditCompanyDrawer = ({ company, open, onOpenChange }: EditCompanyDrawerProps) => {
  const updateCompany = useUpdateCompany(company.id)

  return (
    <CompanyFormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="Edit company"
      description={`Change the contact data and terms of ${company.name}.`}
      submitLabel="Save"
      initialValues={companyFormFrom(company)}
      isPending={updateCompany.isPending}
      showStatus={false}
      onSubmit={async (values) => {
        const { status: _status, ...input } = companyInputFrom(values)
        await updateCompany.mutateAsync(input)
        toast.success("Company was updated")
        onOpenChange(false)
      }}
    />
  )
}
