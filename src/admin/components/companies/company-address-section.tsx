import { Container, Heading, Text } from "@medusajs/ui"
import { countryName } from "../../lib/countries"
import type { AdminCompany } from "../../lib/types"

/** The company's postal address, as written on documents. */
export const CompanyAddressSection = ({ company }: { company: AdminCompany }) => {
  const lines = [
    company.address_1,
    company.address_2,
    [company.postal_code, company.city].filter(Boolean).join(" "),
    [company.province, countryName(company.country_code)].filter(Boolean).join(", "),
  ].filter((line): line is string => Boolean(line))

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Address</Heading>
      </div>
      <div className="px-6 py-4">
        {lines.length ? (
          <address className="not-italic">
            {lines.map((line) => (
              <Text key={line} size="small" leading="compact" className="text-ui-fg-subtle">
                {line}
              </Text>
            ))}
          </address>
        ) : (
          <Text size="small" leading="compact" className="text-ui-fg-muted">
            No address yet. Add one with Edit in the company's menu.
          </Text>
        )}
      </div>
    </Container>
  )
}
