import { Container, Heading, StatusBadge, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatAmount, formatDate } from "../../lib/format"
import { orderFulfillmentStatus, orderPaymentStatus } from "../../lib/order-status"
import { useCompanyOrders } from "../../lib/queries"
import type { AdminCompany, CompanyOrder } from "../../lib/types"
import { SectionEmpty, SectionError, SectionSkeleton } from "../common/section-states"

/** A status the way Medusa's order list shows it. */
const OrderStatus = ({ look }: { look: { label: string; color: "green" | "orange" | "red" | "grey" } }) => (
  <StatusBadge color={look.color} className="text-nowrap">
    {look.label}
  </StatusBadge>
)

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
              <Table.HeaderCell>Payment</Table.HeaderCell>
              <Table.HeaderCell>Fulfillment</Table.HeaderCell>
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
                  <OrderStatus look={orderPaymentStatus(order.payment_status)} />
                </Table.Cell>
                <Table.Cell>
                  <OrderStatus look={orderFulfillmentStatus(order.fulfillment_status)} />
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
