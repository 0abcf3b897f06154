import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatAmount, formatDate } from "../../lib/format"
import { useCompanyOrders } from "../../lib/queries"
import type { AdminCompany, CompanyOrder } from "../../lib/types"
import { SectionEmpty, SectionError, SectionSkeleton } from "../common/section-states"

const STATUS_COLORS: Record<string, "green" | "orange" | "red" | "grey" | "blue"> = {
  pending: "orange",
  completed: "green",
  canceled: "red",
  archived: "grey",
  requires_action: "orange",
  draft: "grey",
}

const orderStatusLabel = (status: string) => {
  const words = status.replace(/_/g, " ")
  return words.charAt(0).toUpperCase() + words.slice(1)
}

const orderEmail = (order: CompanyOrder) => order.customer?.email ?? order.email ?? "-"

/** The company's latest orders, placed by any of its employees. */
export const CompanyOrdersSection = ({ company }: { company: AdminCompany }) => {
  const { data, isLoading, isError, error, refetch } = useCompanyOrders(company.id)

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Recent orders</Heading>
        {data && data.count > data.orders.length && (
          <Text size="small" className="text-ui-fg-subtle">
            {data.orders.length} of {data.count}
          </Text>
        )}
      </div>
      {isLoading ? (
        <SectionSkeleton />
      ) : isError ? (
        <SectionError error={error} onRetry={() => refetch()} />
      ) : !data?.orders.length ? (
        <SectionEmpty title="No orders yet" description="Orders placed by the company's employees appear here." />
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Order</Table.HeaderCell>
              <Table.HeaderCell>Date</Table.HeaderCell>
              <Table.HeaderCell>Placed by</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Total</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.orders.map((order) => (
              <Table.Row key={order.id}>
                <Table.Cell>
                  <Link to={`/orders/${order.id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
                    #{order.display_id}
                  </Link>
                </Table.Cell>
                <Table.Cell>{formatDate(order.created_at)}</Table.Cell>
                <Table.Cell>{orderEmail(order)}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={STATUS_COLORS[order.status] ?? "grey"}>
                    {orderStatusLabel(order.status)}
                  </Badge>
                </Table.Cell>
                <Table.Cell className="text-right">{formatAmount(order.total, order.currency_code)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}
