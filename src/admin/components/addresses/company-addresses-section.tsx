import { PencilSquare, Plus, Trash } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { countryName, type AdminCompanyAddress, useCompanyAddresses, useDeleteCompanyAddress } from "../../lib/addresses"
import type { AdminCompany } from "../../lib/types"
import { ActionMenu } from "../common/action-menu"
import { useConfirmedAction } from "../common/confirmed-action"
import { SectionEmpty, SectionError, SectionSkeleton } from "../common/section-states"
import { AddressDrawer } from "./address-drawer"

const addressLines = (address: AdminCompanyAddress) =>
  [
    [address.first_name, address.last_name].filter(Boolean).join(" "),
    address.company,
    address.address_1,
    address.address_2,
    [address.postal_code, address.city].filter(Boolean).join(" "),
    [address.province, countryName(address.country_code)].filter(Boolean).join(", "),
    address.phone,
  ].filter((line): line is string => Boolean(line))

/** The company's billing address and delivery sites, offered to its buyers at checkout. */
export const CompanyAddressesSection = ({ company }: { company: AdminCompany }) => {
  const { data, isLoading, isError, error, refetch } = useCompanyAddresses(company.id)
  const [editing, setEditing] = useState<AdminCompanyAddress | null>(null)
  const [open, setOpen] = useState(false)
  const remove = useDeleteCompanyAddress(company.id)
  const confirmAction = useConfirmedAction()
  const addresses = data?.addresses ?? []
  const hasBilling = addresses.some((a) => a.kind === "billing")

  const openDrawer = (address: AdminCompanyAddress | null) => {
    setEditing(address)
    setOpen(true)
  }

  return (
    <Container className="divide-y p-0" data-testid="company-addresses">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Delivery and billing addresses</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Offered to the company's buyers at checkout.
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => openDrawer(null)}>
          <Plus /> Add address
        </Button>
      </div>
      {isLoading ? (
        <SectionSkeleton rows={3} />
      ) : isError ? (
        <SectionError error={error} onRetry={() => refetch()} />
      ) : addresses.length === 0 ? (
        <SectionEmpty title="No addresses yet" description="Add the company's delivery sites and its billing address." />
      ) : (
        addresses.map((address) => (
          <div key={address.id} className="flex items-start justify-between gap-x-4 px-6 py-4" data-testid="company-address-row">
            <div className="min-w-0">
              <div className="flex flex-wrap items-center gap-2">
                <Text size="small" weight="plus" className="break-words">
                  {address.label || (address.kind === "billing" ? "Billing address" : "Delivery site")}
                </Text>
                <Badge size="2xsmall" color={address.kind === "billing" ? "purple" : "blue"}>
                  {address.kind === "billing" ? "Billing" : "Delivery"}
                </Badge>
                {address.is_default && (
                  <Badge size="2xsmall" color="green">
                    Default
                  </Badge>
                )}
              </div>
              <address className="not-italic">
                {addressLines(address).map((line, index) => (
                  <Text key={index} size="small" leading="compact" className="text-ui-fg-subtle break-words">
                    {line}
                  </Text>
                ))}
              </address>
            </div>
            <ActionMenu
              label={`Actions for ${address.label ?? address.address_1 ?? address.id}`}
              groups={[
                [{ label: "Edit", icon: <PencilSquare />, onClick: () => openDrawer(address) }],
                [
                  {
                    label: "Delete",
                    icon: <Trash />,
                    onClick: () =>
                      void confirmAction({
                        title: "Delete this address?",
                        description: `${address.label ?? address.address_1} is no longer offered at checkout. Orders that used it keep their copy.`,
                        confirmText: "Delete",
                        run: () => remove.mutateAsync(address.id),
                        success: "Address was deleted",
                      }),
                  },
                ],
              ]}
            />
          </div>
        ))
      )}
      <AddressDrawer companyId={company.id} address={editing} open={open} hasBilling={hasBilling} onClose={() => setOpen(false)} />
    </Container>
  )
}
