import { Alert, Hint, Label, Text } from "@medusajs/ui"
import { type ReactNode, useEffect, useRef } from "react"

type FormFieldProps = {
  id: string
  label: string
  optional?: boolean
  hint?: string
  error?: string
  children: ReactNode
}

/** A labelled input with its hint, or the reason it is not accepted. */
export const FormField = ({ id, label, optional, hint, error, children }: FormFieldProps) => (
  <div className="flex flex-col gap-y-2">
    <div className="flex items-center gap-x-1">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
      </Label>
      {optional && (
        <Text size="small" leading="compact" className="text-ui-fg-muted">
          (Optional)
        </Text>
      )}
    </div>
    {children}
    {error ? (
      <Hint variant="error" id={`${id}-error`}>
        {error}
      </Hint>
    ) : hint ? (
      <Hint id={`${id}-hint`}>{hint}</Hint>
    ) : null}
  </div>
)

/** The server's reason for refusing a form, announced and scrolled into view. */
export const FormError = ({ message }: { message: string | null }) => {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (message) {
      ref.current?.scrollIntoView({ block: "nearest" })
    }
  }, [message])
  if (!message) {
    return null
  }
  return (
    <div ref={ref} role="alert">
      <Alert variant="error">{message}</Alert>
    </div>
  )
}
