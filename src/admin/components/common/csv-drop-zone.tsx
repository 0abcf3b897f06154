import { ArrowDownTray, DocumentText, XMarkMini } from "@medusajs/icons"
import { clx, IconButton, Text } from "@medusajs/ui"
import { useRef, useState } from "react"

type CsvDropZoneProps = {
  id: string
  file: File | null
  onFile: (file: File | null) => void
  label?: string
  hint?: string
}

const isCsv = (file: File) => file.type === "text/csv" || file.name.toLowerCase().endsWith(".csv")

/**
 * A CSV file dropped or chosen, the way Medusa's product import takes it: a dashed drop zone that also opens the
 * file picker, then the chosen file with a button to remove it.
 */
export const CsvDropZone = ({ id, file, onFile, label = "Drop a CSV file here or click to choose one", hint }: CsvDropZoneProps) => {
  const input = useRef<HTMLInputElement>(null)
  const [dragOver, setDragOver] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const take = (files: FileList | null | undefined) => {
    const chosen = files?.[0]
    if (!chosen) return
    if (!isCsv(chosen)) {
      setError(`${chosen.name} is not a CSV file.`)
      return
    }
    setError(null)
    onFile(chosen)
  }

  return (
    <div className="flex flex-col gap-y-2">
      <input
        ref={input}
        id={id}
        type="file"
        accept=".csv,text/csv"
        className="hidden"
        onChange={(event) => (take(event.target.files), (event.target.value = ""))}
      />
      {file ? (
        <div className="shadow-elevation-card-rest bg-ui-bg-component flex items-center gap-x-3 rounded-lg px-3 py-2" data-testid="chosen-file">
          <DocumentText className="text-ui-fg-subtle shrink-0" />
          <div className="flex min-w-0 flex-1 flex-col">
            <Text size="small" leading="compact" weight="plus" className="truncate">
              {file.name}
            </Text>
            <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
              {(file.size / 1024).toFixed(1)} KB
            </Text>
          </div>
          <IconButton size="small" variant="transparent" aria-label="Remove the file" onClick={() => onFile(null)}>
            <XMarkMini />
          </IconButton>
        </div>
      ) : (
        <button
          type="button"
          onClick={() => input.current?.click()}
          onDragOver={(event) => event.preventDefault()}
          onDragEnter={(event) => (event.preventDefault(), setDragOver(true))}
          onDragLeave={() => setDragOver(false)}
          onDrop={(event) => (event.preventDefault(), setDragOver(false), take(event.dataTransfer?.files))}
          className={clx(
            "bg-ui-bg-component border-ui-border-strong transition-fg flex w-full flex-col items-center gap-y-2 rounded-lg border border-dashed p-8",
            "hover:border-ui-border-interactive focus:border-ui-border-interactive focus:shadow-borders-focus outline-none",
            { "!border-ui-border-interactive": dragOver, "!border-ui-border-error": Boolean(error) }
          )}
        >
          <div className="text-ui-fg-subtle flex items-center gap-x-2">
            <ArrowDownTray />
            <Text>{label}</Text>
          </div>
          {hint && (
            <Text size="small" leading="compact" className="text-ui-fg-muted">
              {hint}
            </Text>
          )}
        </button>
      )}
      {error && (
        <Text size="small" className="text-ui-fg-error" role="alert">
          {error}
        </Text>
      )}
    </div>
  )
}
