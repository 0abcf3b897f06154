import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import {
  Container,
  createDataTableColumnHelper,
  DataTable,
  type DataTablePaginationState,
  Heading,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { SectionError } from "../../components/common/section-states"
import { type Receivable, useReceivables } from "../../lib/credit"
import { formatAmount } from "../../lib/format"

const PAGE_SIZE = 20

const money = (key: keyof Receivable["buckets"]) => (row: Receivable) => formatAmount(row.buckets[key], row.currency_code)

const column = createDataTableColumnHelper<Receivable>()
const columns = [
  column.accessor("company_name", {
    header: "Company",
    cell: ({ row }) => (
      <Link
        to={`/companies/${row.original.company_id}`}
        className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
        onClick={(event) => event.stopPropagation()}
      >
        {row.original.company_name}
      </Link>
    ),
  }),
  column.accessor("balance", { header: "Balance", cell: ({ row }) => formatAmount(row.original.balance, row.original.currency_code) }),
  column.accessor("overdue_amount", {
    header: "Overdue",
    cell: ({ row }) => (
      <span className={Number(row.original.overdue_amount) > 0 ? "text-ui-fg-error" : undefined}>
        {formatAmount(row.original.overdue_amount, row.original.currency_code)}
      </span>
    ),
  }),
  column.display({ id: "current", header: "Not yet due", cell: ({ row }) => money("current")(row.original) }),
  column.display({ id: "d1_30", header: "1–30 days", cell: ({ row }) => money("d1_30")(row.original) }),
  column.display({ id: "d31_60", header: "31–60 days", cell: ({ row }) => money("d31_60")(row.original) }),
  column.display({ id: "d61_90", header: "61–90 days", cell: ({ row }) => money("d61_90")(row.original) }),
  column.display({ id: "d90_plus", header: "Over 90 days", cell: ({ row }) => money("d90_plus")(row.original) }),
]

/** What every company owes, by how late it is, most overdue first. */
const ReceivablesPage = () => {
  const navigate = useNavigate()
  const [search, setSearch] = useState("")
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const query = useMemo(
    () => ({ q: search || undefined, limit: pagination.pageSize, offset: pagination.pageIndex * pagination.pageSize }),
    [search, pagination]
  )
  const { data, isLoading, isError, error, refetch } = useReceivables(query)

  const table = useDataTable({
    columns,
    data: data?.receivables ?? [],
    getRowId: (row) => `${row.company_id}-${row.currency_code}`,
    rowCount: data?.count ?? 0,
    isLoading,
    search: { state: search, onSearchChange: setSearch },
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_event, row) => navigate(`/companies/${row.company_id}`),
  })

  return (
    <Container className="divide-y p-0" data-testid="receivables-page">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
          <div>
            <Heading>Receivables</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              What companies owe on account, by days past due; the most overdue first.
            </Text>
          </div>
          <DataTable.Search placeholder="Search company name" />
        </DataTable.Toolbar>
        {isError ? (
          <SectionError error={error} onRetry={() => refetch()} />
        ) : (
          <>
            <DataTable.Table
              emptyState={{
                empty: { heading: "Nothing owed", description: "Companies that buy on account appear here once they owe something." },
                filtered: { heading: "No matching companies", description: "Try another search." },
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
  label: "Receivables",
  icon: Cash,
})

export const handle = {
  breadcrumb: () => "Receivables",
}

export default ReceivablesPage
