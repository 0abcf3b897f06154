import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import {
  Container,
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  DataTable,
  type DataTableFilteringState,
  type DataTablePaginationState,
  Heading,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useNavigate } from "react-router-dom"
import { CompanyStatusBadge } from "../../components/companies/company-status-badge"
import { CreateCompanyDrawer } from "../../components/companies/create-company-drawer"
import { SectionError } from "../../components/common/section-states"
import { COMPANY_STATUS_LABELS, formatDate } from "../../lib/format"
import { useCompanies } from "../../lib/queries"
import { type AdminCompany, COMPANY_STATUSES, type CompanyStatus } from "../../lib/types"

const PAGE_SIZE = 20

const column = createDataTableColumnHelper<AdminCompany>()
const columns = [
  column.accessor("name", {
    header: "Name",
    cell: ({ row }) => (
      <div className="flex flex-col">
        <span className="text-ui-fg-base">{row.original.name}</span>
        {row.original.legal_name && row.original.legal_name !== row.original.name && (
          <span className="text-ui-fg-subtle txt-compact-xsmall">{row.original.legal_name}</span>
        )}
      </div>
    ),
  }),
  column.accessor("tax_id", { header: "Tax ID", cell: ({ getValue }) => getValue() ?? "-" }),
  column.accessor("email", { header: "Email", cell: ({ getValue }) => getValue() ?? "-" }),
  column.accessor("employees", {
    header: "Employees",
    cell: ({ getValue }) => getValue()?.length ?? "-",
  }),
  column.accessor("status", {
    header: "Status",
    cell: ({ getValue }) => <CompanyStatusBadge status={getValue()} />,
  }),
  column.accessor("created_at", { header: "Created", cell: ({ getValue }) => formatDate(getValue()) }),
]

const filters = [
  createDataTableFilterHelper<AdminCompany>().accessor("status", {
    type: "radio",
    label: "Status",
    options: COMPANY_STATUSES.map((status) => ({ label: COMPANY_STATUS_LABELS[status], value: status })),
  }),
]

const CompaniesPage = () => {
  const navigate = useNavigate()
  const [search, setSearch] = useState("")
  const [filtering, setFiltering] = useState<DataTableFilteringState>({})
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })

  const status = filtering.status as CompanyStatus | undefined
  const query = useMemo(
    () => ({
      q: search || undefined,
      status: status || undefined,
      limit: pagination.pageSize,
      offset: pagination.pageIndex * pagination.pageSize,
      order: "name",
    }),
    [search, status, pagination]
  )
  const { data, isLoading, isError, error, refetch } = useCompanies(query)

  const table = useDataTable({
    columns,
    data: data?.companies ?? [],
    getRowId: (company) => company.id,
    rowCount: data?.count ?? 0,
    isLoading,
    filters,
    search: { state: search, onSearchChange: setSearch },
    filtering: { state: filtering, onFilteringChange: setFiltering },
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_event, company) => navigate(`/companies/${company.id}`),
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
          <div>
            <Heading>Companies</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Wholesale clients, their employees and terms.
            </Text>
          </div>
          <div className="flex w-full items-center gap-2 md:w-auto">
            <div data-testid="company-filter-menu">
              <DataTable.FilterMenu tooltip="Filter by status" />
            </div>
            <DataTable.Search placeholder="Search name, tax ID, email" />
            <CreateCompanyDrawer />
          </div>
        </DataTable.Toolbar>
        {isError ? (
          <SectionError error={error} onRetry={() => refetch()} />
        ) : (
          <>
            <DataTable.Table
              emptyState={{
                empty: {
                  heading: "No companies yet",
                  description: "Create a company to give a wholesale client its own prices and terms.",
                },
                filtered: {
                  heading: "No matching companies",
                  description: "Try another search or clear the status filter.",
                },
              }}
            />
            <DataTable.Pagination />
          </>
        )}
      </DataTable>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Companies",
  icon: Buildings,
})

export const handle = {
  breadcrumb: () => "Companies",
}

export default CompaniesPage
