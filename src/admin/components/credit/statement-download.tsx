import { Button, Input, Label, Text } from "@medusajs/ui"
import { useState } from "react"
import { downloadStatement } from "../../lib/credit"
import { errorMessage } from "../../lib/format"
import { defaultStatementPeriod } from "./labels"

/** Picks a period and downloads the statement of account for it as PDF (to sign) or CSV. */
export const StatementDownload = ({ companyId }: { companyId: string }) => {
  const initial = defaultStatementPeriod()
  const [from, setFrom] = useState(initial.from)
  const [to, setTo] = useState(initial.to)
  const [busy, setBusy] = useState<"pdf" | "csv" | null>(null)
  const [error, setError] = useState<string | null>(null)
  const invalid = !from || !to || from > to

  const download = async (format: "pdf" | "csv") => {
    setBusy(format)
    setError(null)
    try {
      await downloadStatement(companyId, from, to, format)
    } catch (failure) {
      setError(errorMessage(failure))
    } finally {
      setBusy(null)
    }
  }

  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <Text size="small" weight="plus">
        Statement of account
      </Text>
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="statement-period-start" size="xsmall">
            From
          </Label>
          <Input id="statement-period-start" size="small" type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="statement-period-end" size="xsmall">
            To
          </Label>
          <Input id="statement-period-end" size="small" type="date" value={to} onChange={(event) => setTo(event.target.value)} />
        </div>
        <Button size="small" variant="secondary" disabled={invalid} isLoading={busy === "pdf"} onClick={() => download("pdf")}>
          PDF
        </Button>
        <Button size="small" variant="secondary" disabled={invalid} isLoading={busy === "csv"} onClick={() => download("csv")}>
          CSV
        </Button>
      </div>
      {from > to && (
        <Text size="small" className="text-ui-fg-error">
          The period must start on or before its last day.
        </Text>
      )}
      {error && (
        <Text size="small" className="text-ui-fg-error" role="alert">
          {error}
        </Text>
      )}
    </div>
  )
}
