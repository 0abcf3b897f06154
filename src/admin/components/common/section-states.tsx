import { ExclamationCircle } from "@medusajs/icons"
import { Button, Skeleton, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { errorMessage } from "../../lib/format"

/** Placeholder rows while a section's data loads. */
export const SectionSkeleton = ({ rows = 3 }: { rows?: number }) => (
  <div className="flex flex-col gap-y-3 px-6 py-4" aria-busy="true">
    {Array.from({ length: rows }).map((_, index) => (
      <Skeleton key={index} className="h-5 w-full" />
    ))}
  </div>
)

/** A failed load, worded by the server, with a way to try again. */
export const SectionError = ({ error, onRetry }: { error: unknown; onRetry?: () => void }) => (
  <div className="flex items-start justify-between gap-x-4 px-6 py-4" role="alert">
    <div className="flex items-start gap-x-2">
      <ExclamationCircle className="text-ui-fg-error mt-0.5 shrink-0" />
      <Text size="small" leading="compact" className="text-ui-fg-error">
        {errorMessage(error)}
      </Text>
    </div>
    {onRetry && (
      <Button size="small" variant="secondary" onClick={onRetry}>
        Retry
      </Button>
    )}
  </div>
)

/** Nothing to show yet, and what the admin can do about it. */
export const SectionEmpty = ({ title, description, action }: { title: string; description?: string; action?: ReactNode }) => (
  <div className="flex flex-col items-center justify-center gap-y-2 px-6 py-10 text-center">
    <Text size="small" leading="compact" weight="plus">
      {title}
    </Text>
    {description && (
      <Text size="small" leading="compact" className="text-ui-fg-subtle">
        {description}
      </Text>
    )}
    {action}
  </div>
)

/** One label/value row of a detail section, in the layout of Medusa's own detail pages. */
export const SectionRow = ({ label, value }: { label: string; value: ReactNode }) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-center px-6 py-4">
    <Text size="small" leading="compact" weight="plus">
      {label}
    </Text>
    {typeof value === "string" || typeof value === "number" || value === null || value === undefined ? (
      <Text size="small" leading="compact" className="whitespace-pre-line break-words">
        {value === null || value === undefined || value === "" ? "-" : value}
      </Text>
    ) : (
      <div>{value}</div>
    )}
  </div>
)
