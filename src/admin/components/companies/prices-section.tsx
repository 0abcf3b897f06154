import { ArrowDownTray, ArrowUpTray, Plus } from "@medusajs/icons"
import { Button, Container, Heading, Input, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { groupPriceRowsByVariant } from "../../../lib/prices/display"
import { errorMessage } from "../../lib/format"
import { downloadCompanyPrices, useCompanyPrices } from "../../lib/prices"
import type { AdminCompany } from "../../lib/types"
import { useDebouncedValue } from "../../lib/use-debounced-value"
import { ActionMenu } from "../common/action-menu"
import { AddPriceDrawer } from "./prices/add-price-drawer"
import { CompanyDiscountForm } from "./prices/company-discount-form"
import { ImportPricesDrawer } from "./prices/import-prices-drawer"
import { PriceGroupRows } from "./prices/price-group-rows"
import { SectionEmpty, SectionError, SectionSkeleton } from "../common/section-states"

const PAGE_SIZE = 20

/** The company's negotiated prices and volume tiers, its CSV import and export, and its discount. */
export const CompanyPricesSection = ({ company }: { company: AdminCompany }) => {
  const [search, setSearch] = useState("")
  const q = useDebouncedValue(search, 300)
  // The page belongs to the search it was turned for: a new search starts on page one, in the same render.
  const [paging, setPaging] = useState({ q: "", page: 0 })
  const page = paging.q === q ? paging.page : 0
  const setPage = (next: number) => setPaging({ q, page: next })
  const [adding, setAdding] = useState(false)
  const [importing, setImporting] = useState(false)
  const prices = useCompanyPrices(company.id, { q, limit: PAGE_SIZE, offset: page * PAGE_SIZE })

  const handleExport = async () => {
    try {
      await downloadCompanyPrices(company.id, `${company.name}-prices.csv`)
    } catch (error) {
      toast.error(errorMessage(error))
    }
  }

  const count = prices.data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))

  return (
    <Container className="divide-y p-0" data-testid="company-prices-section">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Prices</Heading>
          <Text size="small" leading="compact" className="text-ui-fg-subtle">
            Negotiated prices and volume tiers that only this company's buyers pay.
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <Button size="small" variant="secondary" onClick={() => setAdding(true)}>
            <Plus />
            Add price
          </Button>
          <ActionMenu
            label="Price sheet actions"
            groups={[
              [
                { label: "Import CSV", icon: <ArrowUpTray />, onClick: () => setImporting(true) },
                { label: "Export CSV", icon: <ArrowDownTray />, onClick: handleExport },
              ],
            ]}
          />
        </div>
      </div>
      <CompanyDiscountForm companyId={company.id} />
      <div className="px-6 py-4">
        <Input
          type="search"
          size="small"
          placeholder="Search by SKU or title"
          aria-label="Search negotiated prices"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      {prices.isLoading ? (
        <SectionSkeleton rows={4} />
      ) : prices.isError ? (
        <SectionError error={prices.error} onRetry={() => prices.refetch()} />
      ) : count === 0 ? (
        <SectionEmpty
          title={q ? "No negotiated price matches" : "No negotiated prices yet"}
          description={q ? "Try another SKU or title." : "The company's buyers pay list prices. Add a price or import a CSV."}
        />
      ) : (
        <div>
          {/* Fixed column widths: a row switching to its inputs does not move the columns. */}
          <Table className="table-fixed">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell className="w-[90px]">Currency</Table.HeaderCell>
                <Table.HeaderCell className="w-[200px]">Quantity</Table.HeaderCell>
                <Table.HeaderCell>Price</Table.HeaderCell>
                <Table.HeaderCell className="w-[180px]">List price</Table.HeaderCell>
                <Table.HeaderCell className="w-[170px]" />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {groupPriceRowsByVariant(prices.data!.prices).map((group) => (
                <PriceGroupRows key={group.variant_id} companyId={company.id} group={group} />
              ))}
            </Table.Body>
          </Table>
          <Table.Pagination
            count={count}
            pageSize={PAGE_SIZE}
            pageIndex={page}
            pageCount={pageCount}
            canPreviousPage={page > 0}
            canNextPage={page + 1 < pageCount}
            previousPage={() => setPage(Math.max(0, page - 1))}
            nextPage={() => setPage(page + 1)}
          />
        </div>
      )}
      <AddPriceDrawer company={company} open={adding} onOpenChange={setAdding} />
      <ImportPricesDrawer company={company} open={importing} onOpenChange={setImporting} />
    </Container>
  )
}
