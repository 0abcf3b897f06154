import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowDownTray, Buildings } from "@medusajs/icons"
import {
  Button,
  Container,
  createDataTableColumnHelper,
  createDataTableCommandHelper,
  createDataTableFilterHelper,
  DataTable,
  type DataTableRowSelectionState,
  Heading,
  Text,
  toast,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useNavigate } from "react-router-dom"
import { ApplicationsQueue } from "../../components/companies/applications-queue"
import { CompanyStatusBadge } from "../../components/companies/company-status-badge"
import { CreateCompanyDrawer } from "../../components/companies/create-company-drawer"
import { SectionError } from "../../components/common/section-states"
import { downloadCsv } from "../../lib/download"
import { COMPANY_STATUS_LABELS, errorMessage, formatDate } from "../../lib/format"
import { useListSearchParams } from "../../lib/list-search-params"
import { useBatchCompanyStatus } from "../../lib/mutations"
import { useCompanies } from "../../lib/queries"
import { type AdminCompany, COMPANY_STATUSES, type CompanyStatus } from "../../lib/types"

const PAGE_SIZE = 20

const column = createDataTableColumnHelper<AdminCompany>()
const columns = [
  column.select(),
  column.accessor("name", {
    header: "Name",
    enableSorting: true,
    sortLabel: "Name",
    sortAscLabel: "A-Z",
    sortDescLabel: "Z-A",
    cell: ({ row }) => (
      // A name without spaces is cut with an ellipsis, never pushing the other columns out of the card.
      <div className="flex w-[240px] min-w-0 max-w-[240px] flex-col" title={row.original.name} data-testid="company-list-name">
        <span className="text-ui-fg-base truncate">{row.original.name}</span>
        {row.original.legal_name && row.original.legal_name !== row.original.name && (
          <span className="text-ui-fg-subtle txt-compact-xsmall truncate">{row.original.legal_name}</span>
        )}
      </div>
    ),
  }),
  column.accessor("tax_id", {
    header: "Tax ID",
    cell: ({ getValue }) => <span className="block max-w-[140px] truncate">{getValue() ?? "-"}</span>,
  }),
  column.accessor("email", {
    header: "Email",
    enableSorting: true,
    sortLabel: "Email",
    cell: ({ getValue }) => (
      <span className="block max-w-[200px] truncate" title={getValue() ?? undefined}>
        {getValue() ?? "-"}
      </span>
    ),
  }),
  column.accessor("employees", {
    header: "Employees",
    cell: ({ getValue }) => getValue()?.length ?? "-",
  }),
  column.accessor("status", {
    header: "Status",
    enableSorting: true,
    sortLabel: "Status",
    cell: ({ getValue }) => <CompanyStatusBadge status={getValue()} />,
  }),
  column.accessor("created_at", {
    header: "Created",
    enableSorting: true,
    sortLabel: "Created",
    sortAscLabel: "Oldest first",
    sortDescLabel: "Newest first",
    cell: ({ getValue }) => formatDate(getValue()),
  }),
]

const filters = [
  createDataTableFilterHelper<AdminCompany>().accessor("status", {
    type: "radio",
    label: "Status",
    options: COMPANY_STATUSES.map((status) => ({ label: COMPANY_STATUS_LABELS[status], value: status })),
  }),
]

const FILTER_KEYS = ["status"] as const

const CompaniesPage = () => {
  const navigate = useNavigate()
  const list = useListSearchParams({ pageSize: PAGE_SIZE, defaultOrder: "name", filters: FILTER_KEYS })
  const [selection, setSelection] = useState<DataTableRowSelectionState>({})
  const [exporting, setExporting] = useState(false)
  const batchStatus = useBatchCompanyStatus()

  const status = list.filtering.status as CompanyStatus | undefined
  const query = useMemo(
    () => ({ q: list.q || undefined, status, limit: PAGE_SIZE, offset: list.offset, order: list.order }),
    [list.q, status, list.offset, list.order]
  )
  const { data, isLoading, isError, error, refetch } = useCompanies(query)

  const setStatusOfSelected = (next: CompanyStatus) => async (rows: DataTableRowSelectionState) => {
    const ids = Object.keys(rows).filter((id) => rows[id])
    try {
      const { changed } = await batchStatus.mutateAsync({ ids, status: next })
      toast.success(`${changed} of ${ids.length} ${ids.length === 1 ? "company is" : "companies are"} now ${COMPANY_STATUS_LABELS[next].toLowerCase()}`)
      setSelection({})
    } catch (failure) {
      toast.error(errorMessage(failure))
    }
  }
  const command = createDataTableCommandHelper()
  const commands = [
    command.command({ label: "Put on hold", shortcut: "h", action: setStatusOfSelected("on_hold") }),
    command.command({ label: "Activate", shortcut: "a", action: setStatusOfSelected("active") }),
  ]

  const handleExport = async () => {
    setExporting(true)
    try {
      await downloadCsv("/admin/companies/export", `companies-${new Date().toISOString().slice(0, 10)}.csv`, {
        q: list.q || undefined,
        status,
        order: list.order,
      })
    } catch (failure) {
      toast.error(errorMessage(failure))
    } finally {
      setExporting(false)
    }
  }

  const table = useDataTable({
    columns,
    data: data?.companies ?? [],
    getRowId: (company) => company.id,
    rowCount: data?.count ?? 0,
    isLoading,
    filters,
    commands,
    rowSelection: { state: selection, onRowSelectionChange: setSelection },
    search: { state: list.q, onSearchChange: list.setSearch },
    filtering: { state: list.filtering, onFilteringChange: list.setFiltering },
    sorting: { state: list.sorting, onSortingChange: list.setSorting },
    pagination: { state: list.pagination, onPaginationChange: list.setPagination },
    onRowClick: (_event, company) => navigate(`/companies/${company.id}`),
  })

  return (
    <div className="flex flex-col gap-y-3">
      <ApplicationsQueue />
      <Container className="divide-y overflow-hidden p-0" data-testid="companies-list">
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
              <DataTable.SortingMenu tooltip="Sort" />
              <DataTable.Search placeholder="Search name, tax ID, email" />
              <Button size="small" variant="secondary" onClick={handleExport} isLoading={exporting}>
                <ArrowDownTray />
                Export
              </Button>
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
          <DataTable.CommandBar selectedLabel={(count) => `${count} selected`} />
        </DataTable>
      </Container>
    </div>
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
