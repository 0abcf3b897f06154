import { Badge, Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { errorMessage, formatDate, personName } from "../../lib/format"
import { useApproveApplication } from "../../lib/mutations"
import { useCompanies } from "../../lib/queries"
import type { AdminCompany } from "../../lib/types"
import { SectionError } from "../common/section-states"
import { RejectApplicationDrawer } from "./reject-application-drawer"

const QUEUE_SIZE = 10
const PENDING = { status: "pending" as const, limit: QUEUE_SIZE, offset: 0, order: "created_at" }

/** Who applied: the company's admin, who filled in the application in the storefront. */
const applicantOf = (company: AdminCompany) => {
  const admin = company.employees?.find((employee) => employee.role === "admin")
  return admin ? personName(admin) || admin.email : "-"
}

/**
 * Applications from the storefront waiting for the merchant, oldest first, with their count: approve opens the
 * account, reject asks for a reason. Hidden when no application waits.
 */
export const ApplicationsQueue = () => {
  const { data, isError, error, refetch } = useCompanies(PENDING, "+employees.role,+employees.email,+employees.first_name,+employees.last_name")
  const approve = useApproveApplication()
  const [rejecting, setRejecting] = useState<AdminCompany | null>(null)

  if (isError) {
    return (
      <Container className="p-0">
        <SectionError error={error} onRetry={() => refetch()} />
      </Container>
    )
  }
  if (!data?.count) {
    return null
  }

  const handleApprove = async (company: AdminCompany) => {
    try {
      await approve.mutateAsync(company.id)
      toast.success(`${company.name} was approved and can order now`)
    } catch (failure) {
      toast.error(errorMessage(failure))
    }
  }

  return (
    <Container className="divide-y p-0" data-testid="applications-queue">
      <div className="flex items-center gap-x-2 px-6 py-4">
        <Heading level="h2">Applications</Heading>
        <Badge size="2xsmall" color="orange" data-testid="applications-count">
          {data.count}
        </Badge>
        <Text size="small" className="text-ui-fg-subtle ml-2">
          Companies that applied in the storefront and wait for your decision.
        </Text>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Company</Table.HeaderCell>
            <Table.HeaderCell>Applicant</Table.HeaderCell>
            <Table.HeaderCell>Tax ID</Table.HeaderCell>
            <Table.HeaderCell>Applied</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Decision</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {data.companies.map((company) => (
            <Table.Row key={company.id} data-testid="application-row">
              <Table.Cell className="max-w-[240px]">
                <Link
                  to={`/companies/${company.id}`}
                  title={company.name}
                  className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover block truncate"
                >
                  {company.name}
                </Link>
              </Table.Cell>
              <Table.Cell className="max-w-[200px] truncate">{applicantOf(company)}</Table.Cell>
              <Table.Cell>{company.tax_id ?? "-"}</Table.Cell>
              <Table.Cell>{formatDate(company.created_at)}</Table.Cell>
              <Table.Cell>
                <div className="flex justify-end gap-x-2">
                  <Button size="small" variant="secondary" onClick={() => setRejecting(company)}>
                    Reject
                  </Button>
                  <Button size="small" isLoading={approve.isPending && approve.variables === company.id} onClick={() => handleApprove(company)}>
                    Approve
                  </Button>
                </div>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {data.count > QUEUE_SIZE && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-3">
          {data.count - QUEUE_SIZE} more: filter the list below by status Pending.
        </Text>
      )}
      <RejectApplicationDrawer company={rejecting} onOpenChange={(open) => !open && setRejecting(null)} />
    </Container>
  )
}
