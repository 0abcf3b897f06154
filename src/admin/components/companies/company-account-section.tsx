import { Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { personName } from "../../lib/format"
import { sdk } from "../../lib/sdk"
import type { AdminCompany } from "../../lib/types"
import { CompanyStatusSelect } from "./company-status-select"
import { SectionRow } from "../common/section-states"

const InternalLink = ({ to, children }: { to: string; children: string }) => (
  <Link to={to} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small">
    {children}
  </Link>
)

const AccountManager = ({ userId }: { userId: string | null }) => {
  const { data, isError } = useQuery({
    queryKey: ["b2b-admin-user", userId],
    queryFn: () => sdk.admin.user.retrieve(userId as string, { fields: "id,email,first_name,last_name" }),
    enabled: Boolean(userId),
  })
  if (!userId) {
    return <Text size="small" leading="compact">-</Text>
  }
  const user = data?.user
  return (
    <Text size="small" leading="compact">
      {user ? personName(user) || user.email : isError ? userId : "…"}
    </Text>
  )
}

/** The account: status, currency, and the Medusa records its terms live in (the minimum order is with the lot rules). */
export const CompanyAccountSection = ({ company }: { company: AdminCompany }) => (
  <Container className="divide-y p-0">
    <div className="flex items-center justify-between px-6 py-4">
      <Heading level="h2">Account</Heading>
    </div>
    <SectionRow label="Status" value={<CompanyStatusSelect company={company} />} />
    <SectionRow label="Currency" value={company.currency_code?.toUpperCase()} />
    <SectionRow
      label="Customer group"
      value={
        company.customer_group_id ? (
          <InternalLink to={`/customer-groups/${company.customer_group_id}`}>View group</InternalLink>
        ) : null
      }
    />
    <SectionRow
      label="Price list"
      value={
        company.price_list_id ? (
          <InternalLink to={`/price-lists/${company.price_list_id}`}>View price list</InternalLink>
        ) : null
      }
    />
    <SectionRow label="Account manager" value={<AccountManager userId={company.account_manager_id} />} />
    <SectionRow label="Internal notes" value={company.notes} />
  </Container>
)
