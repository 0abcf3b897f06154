import { Button, Drawer } from "@medusajs/ui"
import { type ReactNode, useCallback, useState } from "react"
import { errorMessage } from "../../lib/format"
import { FormError } from "./form-field"

/**
 * The state of a form that is checked before it is sent: whether the admin tried to send it
 * (hints show from then on) and the server's reason when it refused.
 */
export function useFormSubmission() {
  const [submitted, setSubmitted] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const reset = useCallback(() => {
    setSubmitted(false)
    setError(null)
  }, [])
  const submit = async (valid: boolean, send: () => Promise<unknown>) => {
    setSubmitted(true)
    setError(null)
    if (!valid) {
      return
    }
    try {
      await send()
    } catch (failure) {
      setError(errorMessage(failure))
    }
  }
  return { submitted, error, reset, submit }
}

type FormDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  /** Read by assistive technology only. */
  description: string
  submitLabel: string
  isPending: boolean
  /** The server's refusal, shown above the fields. */
  error: string | null
  /** Why the form cannot be sent as it stands (a rule the server would refuse it by): shown, and the submit button disabled. */
  blockedReason?: string | null
  onSubmit: () => void
  children: ReactNode
}

/** A side drawer holding one form, with Medusa's header, scrolling body and Cancel/submit footer. */
export const FormDrawer = ({
  open,
  onOpenChange,
  title,
  description,
  submitLabel,
  isPending,
  error,
  blockedReason,
  onSubmit,
  children,
}: FormDrawerProps) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content>
      <form
        className="flex h-full flex-col overflow-hidden"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          if (!blockedReason) {
            onSubmit()
          }
        }}
      >
        <Drawer.Header>
          <Drawer.Title>{title}</Drawer.Title>
          <Drawer.Description className="sr-only">{description}</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
          <FormError message={error ?? blockedReason ?? null} />
          {children}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary" type="button">
              Cancel
            </Button>
          </Drawer.Close>
          <Button size="small" type="submit" isLoading={isPending} disabled={Boolean(blockedReason)}>
            {submitLabel}
          </Button>
        </Drawer.Footer>
      </form>
    </Drawer.Content>
  </Drawer>
)
