import { Buildings } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useCompany } from "../../lib/queries"

/** The company a Medusa record (price list, customer group) belongs to, from the metadata the plugin writes. */
export const companyIdOf = (record: { metadata?: Record<string, unknown> | null }): string | null => {
  const id = record.metadata?.b2b_company_id ?? record.metadata?.company_id
  return typeof id === "string" && id.startsWith("comp_") ? id : null
}

/**
 * On Medusa's own page of a price list or customer group that belongs to a company: which company, a link to it,
 * and that the plugin keeps it (edit it on the company's page; deleting it here is refused).
 */
export const CompanyRecordNotice = ({ companyId, what }: { companyId: string; what: string }) => {
  const { data: company, isLoading } = useCompany(companyId)
  return (
    <Container className="flex items-start gap-x-3 px-6 py-4" data-testid="company-record-notice">
      <Buildings className="text-ui-fg-subtle mt-0.5 shrink-0" />
      <div className="flex min-w-0 flex-col gap-y-1">
        <Heading level="h2">Managed by a company account</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          This {what} belongs to{" "}
          {isLoading ? (
            "a company"
          ) : (
            <Link
              to={`/companies/${companyId}`}
              className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover break-all"
            >
              {company?.name ?? companyId}
            </Link>
          )}
          . The wholesale plugin keeps it in step with the company: manage it on the company's page. It cannot be
          deleted here; deleting the company removes it.
        </Text>
      </div>
    </Container>
  )
}
