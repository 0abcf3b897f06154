import { Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import type { AdminCompany } from "../../lib/types"
import { formatAmount, formatDate } from "../../lib/format"
import { formatShare, useCompanyKeyFigures } from "../../lib/key-clients"
import { SectionError, SectionRow, SectionSkeleton } from "../common/section-states"
import { AbcBadge } from "./abc-badge"
import { defaultPeriodChoice, PeriodPicker, type PeriodChoice } from "./period-picker"

/** The company's revenue figures over a period and its place among all companies (the key-clients ranking). */
export const CompanyKeyFiguresSection = ({ company }: { company: AdminCompany }) => {
  const [choice, setChoice] = useState<PeriodChoice>(defaultPeriodChoice)
  const { data, isLoading, isError, error, refetch } = useCompanyKeyFigures(company.id, choice.period)
  const figures = data?.key_figures

  return (
    <Container className="divide-y p-0" data-testid="company-key-figures">
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <div className="flex items-center justify-between">
          <Heading level="h2">Key figures</Heading>
          <Link to="/key-clients" className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small">
            All key clients
          </Link>
        </div>
        <PeriodPicker value={choice} onChange={setChoice} />
      </div>
      {isLoading ? (
        <SectionSkeleton rows={4} />
      ) : isError ? (
        <SectionError error={error} onRetry={() => refetch()} />
      ) : !figures ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-muted">
            No figures for this company.
          </Text>
        </div>
      ) : (
        <>
          <SectionRow
            label="Class"
            value={
              <div className="flex items-center gap-x-2">
                <AbcBadge value={figures.abc_class} />
                <Text size="small" className="text-ui-fg-subtle">
                  #{figures.rank} of {data.count}
                </Text>
              </div>
            }
          />
          <SectionRow label="Revenue" value={formatAmount(figures.revenue, data.currency_code)} />
          <SectionRow label="Share of revenue" value={formatShare(figures.revenue_share)} />
          <SectionRow label="Cumulative share" value={formatShare(figures.cumulative_share)} />
          <SectionRow label="Orders" value={String(figures.order_count)} />
          <SectionRow label="Average order" value={formatAmount(figures.average_order, data.currency_code)} />
          <SectionRow label="Last order" value={formatDate(figures.last_order_at)} />
        </>
      )}
    </Container>
  )
}
