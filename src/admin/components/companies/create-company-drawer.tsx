import { Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { emptyCompanyForm, newCompanyInputFrom } from "../../lib/company-form"
import { useCreateCompany } from "../../lib/mutations"
import { CompanyFormDrawer } from "./company-form-drawer"

/** The "Create company" button and its drawer; opens the new company when it is saved. */
export const CreateCompanyDrawer = () => {
  const [open, setOpen] = useState(false)
  const navigate = useNavigate()
  const createCompany = useCreateCompany()

  return (
    <>
      <Button size="small" variant="secondary" onClick={() => setOpen(true)}>
        Create company
      </Button>
      <CompanyFormDrawer
        open={open}
        onOpenChange={setOpen}
        title="Create company"
        description="Open a wholesale account: the company gets its own customer group and negotiated price list."
        submitLabel="Create"
        initialValues={emptyCompanyForm}
        isPending={createCompany.isPending}
        onSubmit={async (values) => {
          const { company } = await createCompany.mutateAsync(newCompanyInputFrom(values))
          toast.success(`Company ${company.name} was created`)
          setOpen(false)
          navigate(`/companies/${company.id}`)
        }}
      />
    </>
  )
}
