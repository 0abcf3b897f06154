import { ArrowDownTray } from "@medusajs/icons"
import { Button, Drawer, Heading, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { errorMessage } from "../../../lib/format"
import { useImportCompanyPrices, type PriceImportResult } from "../../../lib/prices"
import type { AdminCompany } from "../../../lib/types"
import { CsvDropZone } from "../../common/csv-drop-zone"
import { FormError, FormField } from "../../common/form-field"

/** The import format with two example rows (a price for any quantity, a volume tier). */
const PRICE_IMPORT_TEMPLATE = ["sku,currency_code,amount,min_quantity,max_quantity", "BOLT-M8-100,eur,10.20,,", "BOLT-M8-100,eur,9.60,10,49", ""].join("\n")

type ImportPricesDrawerProps = { company: AdminCompany; open: boolean; onOpenChange: (open: boolean) => void }

/** Upserts prices from a CSV file and shows what was created, updated and refused, row by row. */
export const ImportPricesDrawer = ({ company, open, onOpenChange }: ImportPricesDrawerProps) => {
  const importPrices = useImportCompanyPrices(company.id)
  const [file, setFile] = useState<File | null>(null)
  const [result, setResult] = useState<PriceImportResult | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (open) {
      setFile(null)
      setResult(null)
      setError(null)
    }
  }, [open])

  const handleImport = async () => {
    if (!file) {
      return // the Import button is disabled until a file is chosen
    }
    setError(null)
    try {
      setResult(await importPrices.mutateAsync(file))
    } catch (failure) {
      setError(errorMessage(failure))
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Import prices</Drawer.Title>
          <Drawer.Description className="sr-only">Upload negotiated prices of {company.name} from a CSV file.</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
          <Text size="small" className="text-ui-fg-subtle">
            Columns: sku (or variant_id), currency_code, amount, min_quantity, max_quantity, with a header row. A row
            replaces the price of the same SKU, currency and min_quantity; an exported file can be edited and imported back.
          </Text>
          <FormError message={error} />
          <FormField id="price-file" label="CSV file">
            <CsvDropZone
              id="price-file"
              file={file}
              onFile={(chosen) => (setFile(chosen), setResult(null))}
              hint="One price per row; up to 25 MB."
            />
          </FormField>
          {result && <ImportSummary result={result} />}
          <div className="flex flex-col gap-y-2">
            <Heading level="h3">Template</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              A file with the columns and two example rows: a price for any quantity and a tier from 10 to 49.
            </Text>
            <a
              href={`data:text/csv;charset=utf-8,${encodeURIComponent(PRICE_IMPORT_TEMPLATE)}`}
              download="company-prices-template.csv"
              className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small-plus flex items-center gap-x-1"
            >
              <ArrowDownTray /> Download template
            </a>
          </div>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary" type="button">{result ? "Close" : "Cancel"}</Button>
          </Drawer.Close>
          <Button size="small" onClick={handleImport} isLoading={importPrices.isPending} disabled={!file}>
            Import
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

const ImportSummary = ({ result }: { result: PriceImportResult }) => (
  <div className="flex flex-col gap-y-3" data-testid="price-import-summary" role="status">
    <Text size="small" weight="plus">
      {result.created} created, {result.updated} updated, {result.unchanged} unchanged, {result.failed_count} not imported
    </Text>
    {result.failed.length > 0 && (
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Row</Table.HeaderCell>
            <Table.HeaderCell>Why it was not imported</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {result.failed.map((failure) => (
            <Table.Row key={`${failure.row}-${failure.message}`}>
              <Table.Cell>{failure.row}</Table.Cell>
              <Table.Cell className="whitespace-normal">{failure.message}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    )}
    {result.failed_count > result.failed.length && (
      <Text size="small" className="text-ui-fg-subtle">
        The first {result.failed.length} of {result.failed_count} refused rows are listed.
      </Text>
    )}
  </div>
)
