import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Button, Container, Heading, Select, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { AbcBadge } from "../../components/key-clients/abc-badge"
import { defaultPeriodChoice, PeriodPicker, type PeriodChoice } from "../../components/key-clients/period-picker"
import { SectionEmpty, SectionError, SectionSkeleton } from "../../components/common/section-states"
import { formatAmount, formatDate } from "../../lib/format"
import { formatShare, useKeyClients, useStoreCurrencies } from "../../lib/key-clients"

const PAGE_SIZE = 50

/** Companies ranked by revenue over a period, with their cumulative share and ABC class. */
const KeyClientsPage = () => {
  const [choice, setChoice] = useState<PeriodChoice>(defaultPeriodChoice)
  const [currency, setCurrency] = useState<string>("")
  const [page, setPage] = useState(0)
  const currencies = useStoreCurrencies()
  const { data, isLoading, isError, error, refetch, isFetching } = useKeyClients({
    ...choice.period,
    currency_code: currency || undefined,
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
  })
  const pages = data ? Math.max(1, Math.ceil(data.count / PAGE_SIZE)) : 1
  const withRevenue = data?.key_clients.some((row) => row.revenue > 0) ?? false

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div>
          <Heading>Key clients</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Companies by revenue (order totals, canceled orders left out). A: the clients making the first 80 % of
            revenue, B: the next 15 %, C: the rest.
          </Text>
        </div>
        <div className="flex flex-wrap items-end gap-2">
          <PeriodPicker
            value={choice}
            onChange={(value) => {
              setChoice(value)
              setPage(0)
            }}
          />
          {(currencies.data?.length ?? 0) > 1 && (
            <div className="w-[100px]">
              <Select size="small" value={currency || currencies.data?.[0]} onValueChange={(value) => (setCurrency(value), setPage(0))}>
                <Select.Trigger aria-label="Currency">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {currencies.data?.map((code) => (
                    <Select.Item key={code} value={code}>
                      {code.toUpperCase()}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
          )}
        </div>
      </div>
      {data && (
        <div className="text-ui-fg-subtle flex flex-wrap gap-x-8 gap-y-1 px-6 py-3" data-testid="key-clients-totals">
          <Text size="small">
            Revenue: <span className="text-ui-fg-base">{formatAmount(data.total_revenue, data.currency_code)}</span>
          </Text>
          <Text size="small">
            Orders: <span className="text-ui-fg-base">{data.total_orders}</span>
          </Text>
          <Text size="small">
            Companies: <span className="text-ui-fg-base">{data.count}</span>
          </Text>
        </div>
      )}
      {isLoading ? (
        <SectionSkeleton rows={8} />
      ) : isError ? (
        <SectionError error={error} onRetry={() => refetch()} />
      ) : !data || data.count === 0 ? (
        <SectionEmpty title="No companies yet" description="Companies appear here, ranked by what they ordered." />
      ) : (
        <>
          {!withRevenue && page === 0 && (
            <SectionEmpty title="No orders in this period" description="No company placed an order in this period and currency." />
          )}
          <div className={isFetching ? "opacity-60" : undefined}>
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell className="w-12">#</Table.HeaderCell>
                  <Table.HeaderCell>Company</Table.HeaderCell>
                  <Table.HeaderCell>Class</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Revenue</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Share</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Cumulative</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Orders</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Average order</Table.HeaderCell>
                  <Table.HeaderCell>Last order</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {data.key_clients.map((row) => (
                  <Table.Row key={row.company.id} data-testid="key-client-row">
                    <Table.Cell>{row.rank}</Table.Cell>
                    <Table.Cell className="max-w-[280px]">
                      <Link
                        to={`/companies/${row.company.id}`}
                        className="text-ui-fg-base hover:text-ui-fg-interactive block truncate"
                        title={row.company.name}
                        data-testid="key-client-name"
                      >
                        {row.company.name}
                      </Link>
                    </Table.Cell>
                    <Table.Cell>
                      <AbcBadge value={row.abc_class} />
                    </Table.Cell>
                    <Table.Cell className="text-right">{formatAmount(row.revenue, data.currency_code)}</Table.Cell>
                    <Table.Cell className="text-right">{formatShare(row.revenue_share)}</Table.Cell>
                    <Table.Cell className="text-right">{formatShare(row.cumulative_share)}</Table.Cell>
                    <Table.Cell className="text-right">{row.order_count}</Table.Cell>
                    <Table.Cell className="text-right">{formatAmount(row.average_order, data.currency_code)}</Table.Cell>
                    <Table.Cell>{formatDate(row.last_order_at)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
          <div className="flex items-center justify-between px-6 py-4">
            <Text size="small" className="text-ui-fg-subtle">
              {data.offset + 1}–{data.offset + data.key_clients.length} of {data.count}
            </Text>
            <div className="flex gap-x-2">
              <Button size="small" variant="secondary" disabled={page === 0} onClick={() => setPage(page - 1)}>
                Prev
              </Button>
              <Button size="small" variant="secondary" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
                Next
              </Button>
            </div>
          </div>
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Key clients",
  icon: ChartBar,
})

export const handle = {
  breadcrumb: () => "Key clients",
}

export default KeyClientsPage
