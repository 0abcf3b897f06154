import { Badge, Button, Container, Heading, Select, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { type ChargeStatus, type CompanyPaymentTerms, type LedgerEntryType, useCompanyCredit, useCompanyLedger } from "../../lib/credit"
import { formatAmount, formatDate } from "../../lib/format"
import type { AdminCompany } from "../../lib/types"
import { SectionEmpty, SectionError, SectionRow, SectionSkeleton } from "../common/section-states"
import { AdjustmentDrawer } from "./adjustment-drawer"
import { CHARGE_STATUS_COLORS, CHARGE_STATUS_LABELS, ENTRY_TYPE_LABELS, PAYMENT_TERMS_LABELS } from "./labels"
import { RecordPaymentDrawer } from "./record-payment-drawer"
import { StatementDownload } from "./statement-download"

const PAGE = 10
const ALL = "all"

const termsText = (terms: CompanyPaymentTerms) => {
  const kind = terms.payment_terms ?? "prepaid"
  return kind === "net" && terms.net_days !== null && terms.net_days !== undefined
    ? `${PAYMENT_TERMS_LABELS.net}, ${terms.net_days} days`
    : PAYMENT_TERMS_LABELS[kind]
}

/** The company's ledger, filtered by entry type and charge status, a page at a time. */
const Ledger = ({ companyId, currency }: { companyId: string; currency: string }) => {
  const [type, setType] = useState<LedgerEntryType | typeof ALL>(ALL)
  const [status, setStatus] = useState<ChargeStatus | typeof ALL>(ALL)
  const [offset, setOffset] = useState(0)
  const query = { limit: PAGE, offset, type: type === ALL ? undefined : type, status: status === ALL ? undefined : status }
  const { data, isLoading, isError, error, refetch } = useCompanyLedger(companyId, query)

  return (
    <div className="flex flex-col">
      <div className="flex flex-wrap items-center gap-2 px-6 py-3">
        <Select size="small" value={type} onValueChange={(value) => (setType(value as LedgerEntryType | typeof ALL), setOffset(0))}>
          <Select.Trigger aria-label="Entry type" className="w-40">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>All entries</Select.Item>
            {Object.entries(ENTRY_TYPE_LABELS).map(([value, label]) => (
              <Select.Item key={value} value={value}>
                {label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Select size="small" value={status} onValueChange={(value) => (setStatus(value as ChargeStatus | typeof ALL), setOffset(0))}>
          <Select.Trigger aria-label="Charge status" className="w-40">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>Any status</Select.Item>
            {Object.entries(CHARGE_STATUS_LABELS).map(([value, label]) => (
              <Select.Item key={value} value={value}>
                {label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {isLoading ? (
        <SectionSkeleton />
      ) : isError ? (
        <SectionError error={error} onRetry={() => refetch()} />
      ) : !data?.entries.length ? (
        <SectionEmpty
          title={type === ALL && status === ALL ? "No entries yet" : "No entries match"}
          description={type === ALL && status === ALL ? "Charges of orders on account, payments and corrections appear here." : undefined}
        />
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Date</Table.HeaderCell>
                <Table.HeaderCell>Entry</Table.HeaderCell>
                <Table.HeaderCell>Due</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Outstanding</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.entries.map((entry) => (
                <Table.Row key={entry.id}>
                  <Table.Cell>{formatDate(entry.occurred_at)}</Table.Cell>
                  <Table.Cell>
                    <div className="flex flex-col">
                      <span>{ENTRY_TYPE_LABELS[entry.type]}</span>
                      <span className="text-ui-fg-subtle txt-compact-xsmall">{entry.reference ?? entry.note ?? entry.order_id ?? ""}</span>
                    </div>
                  </Table.Cell>
                  <Table.Cell>{entry.due_at ? formatDate(entry.due_at) : "-"}</Table.Cell>
                  <Table.Cell>
                    {entry.status ? (
                      <Badge size="2xsmall" color={CHARGE_STATUS_COLORS[entry.status]}>
                        {CHARGE_STATUS_LABELS[entry.status]}
                      </Badge>
                    ) : (
                      "-"
                    )}
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    {entry.direction === "credit" ? "−" : ""}
                    {formatAmount(entry.amount, entry.currency_code ?? currency)}
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    {entry.type === "charge" ? formatAmount(entry.outstanding ?? 0, entry.currency_code ?? currency) : "-"}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <div className="flex items-center justify-between px-6 py-3">
            <Text size="small" className="text-ui-fg-subtle">
              {offset + 1}–{offset + data.entries.length} of {data.count}
            </Text>
            <div className="flex gap-x-2">
              <Button size="small" variant="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
                Previous
              </Button>
              <Button size="small" variant="secondary" disabled={offset + PAGE >= data.count} onClick={() => setOffset(offset + PAGE)}>
                Next
              </Button>
            </div>
          </div>
        </>
      )}
    </div>
  )
}

/** Payment terms and the company's account: limit, balance, what it may still buy, what is overdue, the ledger. */
export const PaymentTermsSection = ({ company }: { company: AdminCompany }) => {
  const terms = company as AdminCompany & CompanyPaymentTerms
  const { data: credit, isLoading, isError, error, refetch } = useCompanyCredit(company.id)
  const [paymentOpen, setPaymentOpen] = useState(false)
  const [adjustmentOpen, setAdjustmentOpen] = useState(false)
  const currency = credit?.currency_code ?? company.currency_code ?? ""

  return (
    <Container className="divide-y p-0" data-testid="payment-terms-section">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Payment terms and credit</Heading>
        <div className="flex gap-x-2">
          <Button size="small" variant="secondary" disabled={!credit} onClick={() => setAdjustmentOpen(true)}>
            Adjustment
          </Button>
          <Button size="small" variant="secondary" disabled={!credit} onClick={() => setPaymentOpen(true)}>
            Record payment
          </Button>
        </div>
      </div>
      <SectionRow label="Terms" value={termsText(terms)} />
      {terms.contract_number && (
        <SectionRow label="Contract" value={`${terms.contract_number}${terms.contract_date ? `, ${formatDate(terms.contract_date)}` : ""}`} />
      )}
      {terms.overdue_hold_days !== null && terms.overdue_hold_days !== undefined && (
        <SectionRow label="Hold when overdue" value={`after ${terms.overdue_hold_days} days`} />
      )}
      {company.status === "on_hold" && terms.hold_reason && (
        <SectionRow label="On hold" value={terms.hold_reason === "overdue" ? "Overdue: lifted once paid" : "Set by an admin"} />
      )}
      {isLoading ? (
        <SectionSkeleton rows={4} />
      ) : isError || !credit ? (
        <SectionError error={error} onRetry={() => refetch()} />
      ) : (
        <>
          <SectionRow label="Credit limit" value={formatAmount(credit.credit_limit, currency, "No limit")} />
          <SectionRow label="Balance" value={<span data-testid="credit-balance">{formatAmount(credit.balance, currency)}</span>} />
          <SectionRow label="Available" value={<span data-testid="credit-available">{formatAmount(credit.available, currency)}</span>} />
          <SectionRow
            label="Overdue"
            value={
              Number(credit.overdue_amount) > 0 ? (
                <Text size="small" leading="compact" className="text-ui-fg-error">
                  {formatAmount(credit.overdue_amount, currency)}
                  {credit.oldest_due_at ? ` (since ${formatDate(credit.oldest_due_at)})` : ""}
                </Text>
              ) : (
                "Nothing overdue"
              )
            }
          />
          <RecordPaymentDrawer companyId={company.id} credit={credit} open={paymentOpen} onOpenChange={setPaymentOpen} />
          <AdjustmentDrawer companyId={company.id} currencyCode={currency} open={adjustmentOpen} onOpenChange={setAdjustmentOpen} />
        </>
      )}
      <StatementDownload companyId={company.id} />
      <Ledger companyId={company.id} currency={currency} />
    </Container>
  )
}
