import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Buildings } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { CompanyStatusBadge } from "../components/companies/company-status-badge"
import { EmployeeRoleBadge } from "../components/companies/employee-role-badge"
import { SectionError, SectionRow, SectionSkeleton } from "../components/common/section-states"
import { formatAmount } from "../lib/format"
import { useCustomerCompany } from "../lib/queries"

/** On a customer's page: the company the customer orders for, and in which role. */
const CustomerCompanyWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const { data, isLoading, isError, error, refetch } = useCustomerCompany(customer.id)

  return (
    <Container className="divide-y p-0" data-testid="customer-company-widget">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Company</Heading>
        {data && <CompanyStatusBadge status={data.company.status} />}
      </div>
      {isLoading ? (
        <SectionSkeleton rows={2} />
      ) : isError ? (
        <SectionError error={error} onRetry={() => refetch()} />
      ) : !data ? (
        <div className="flex items-center gap-x-3 px-6 py-4">
          <Buildings className="text-ui-fg-muted" />
          <Text size="small" leading="compact" className="text-ui-fg-subtle">
            No company. Add this customer as an employee from a company's page.
          </Text>
        </div>
      ) : (
        <>
          <div className="flex items-center gap-x-3 px-6 py-4">
            <Buildings className="text-ui-fg-subtle" />
            <Link
              to={`/companies/${data.company.id}`}
              className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small-plus"
            >
              {data.company.name}
            </Link>
          </div>
          <SectionRow
            label="Role"
            value={<EmployeeRoleBadge role={data.employee.role} />}
          />
          <SectionRow
            label="Spending limit"
            value={formatAmount(data.employee.spending_limit, data.company.currency_code, "No limit")}
          />
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.side.before",
})

export default CustomerCompanyWidget
