import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { CHARGE_STATUS_COLORS, CHARGE_STATUS_LABELS } from "../components/credit/labels"
import { SectionError, SectionRow, SectionSkeleton } from "../components/common/section-states"
import { useOrderCharge } from "../lib/credit"
import { formatAmount, formatDate } from "../lib/format"

const METHOD_LABELS: Record<string, string> = {
  on_account: "On account",
  guarantee: "Against a guarantee letter",
  invoice: "Invoice (pay in advance)",
}

/** The payment method's name from the provider id Medusa stores (`pp_<method>_<provider>`). */
const methodLabel = (providerId: string | null) => {
  if (!providerId) return "-"
  const known = Object.keys(METHOD_LABELS).find((method) => providerId.includes(method))
  return known ? METHOD_LABELS[known] : providerId
}

/** On an order's page: how a company's order is paid, the charge it gave, its due date and whether it is paid. */
const OrderPaymentWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const { data, isLoading, isError, error, refetch } = useOrderCharge(order.id)

  if (!isLoading && !isError && !data?.company) {
    return null
  }
  const charge = data?.charge ?? null
  return (
    <Container className="divide-y p-0" data-testid="order-payment-widget">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Company payment</Heading>
        {charge?.status && (
          <Badge size="2xsmall" color={CHARGE_STATUS_COLORS[charge.status]}>
            {CHARGE_STATUS_LABELS[charge.status]}
          </Badge>
        )}
      </div>
      {isLoading ? (
        <SectionSkeleton rows={2} />
      ) : isError || !data?.company ? (
        <SectionError error={error} onRetry={() => refetch()} />
      ) : (
        <>
          <SectionRow
            label="Company"
            value={
              <Link to={`/companies/${data.company.id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small">
                {data.company.name}
              </Link>
            }
          />
          <SectionRow label="Method" value={methodLabel(data.provider_id)} />
          {charge ? (
            <>
              <SectionRow label="Charge" value={formatAmount(charge.amount, charge.currency_code)} />
              <SectionRow label="Due" value={formatDate(charge.due_at)} />
              <SectionRow label="Outstanding" value={formatAmount(charge.outstanding ?? 0, charge.currency_code)} />
            </>
          ) : (
            <div className="px-6 py-4">
              <Text size="small" className="text-ui-fg-subtle">
                No charge on the company's account for this order: it was not placed on account.
              </Text>
            </div>
          )}
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderPaymentWidget
