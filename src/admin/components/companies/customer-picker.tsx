import { Input, Text, clx } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { personName } from "../../lib/format"
import { useCustomerSearch } from "../../lib/queries"

export type PickedCustomer = { id: string; email: string }

type CustomerPickerProps = {
  id: string
  email: string
  picked: PickedCustomer | null
  onEmailChange: (email: string) => void
  onPick: (customer: PickedCustomer | null) => void
  error?: string
}

/** Type an email, or search customers by name or email and pick one. */
export const CustomerPicker = ({ id, email, picked, onEmailChange, onPick, error }: CustomerPickerProps) => {
  const [debounced, setDebounced] = useState(email)
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(email), 250)
    return () => clearTimeout(timer)
  }, [email])

  const search = useCustomerSearch(picked ? "" : debounced)
  const customers = search.data?.customers ?? []

  return (
    <div className="flex flex-col gap-y-2">
      <Input
        id={id}
        name="email"
        type="search"
        autoComplete="off"
        placeholder="buyer@example.com, or a name to search"
        value={email}
        aria-invalid={Boolean(error)}
        onChange={(event) => {
          onPick(null)
          onEmailChange(event.target.value)
        }}
      />
      {!picked && debounced.trim().length > 1 && (
        <div className="shadow-borders-base bg-ui-bg-base rounded-md" role="listbox" aria-label="Matching customers">
          {search.isError ? (
            <Text size="small" className="text-ui-fg-error px-3 py-2">
              Customers could not be searched; enter the email instead.
            </Text>
          ) : search.isLoading ? (
            <Text size="small" className="text-ui-fg-muted px-3 py-2">
              Searching…
            </Text>
          ) : customers.length === 0 ? (
            <Text size="small" className="text-ui-fg-muted px-3 py-2">
              No customer matches. The email must belong to an existing customer.
            </Text>
          ) : (
            customers.map((customer) => (
              <button
                key={customer.id}
                type="button"
                role="option"
                aria-selected={false}
                className={clx(
                  "hover:bg-ui-bg-base-hover flex w-full flex-col items-start px-3 py-2 text-left",
                  "first:rounded-t-md last:rounded-b-md"
                )}
                onClick={() => {
                  onPick({ id: customer.id, email: customer.email })
                  onEmailChange(customer.email)
                }}
              >
                <Text size="small" leading="compact" weight="plus">
                  {personName(customer) || customer.email}
                </Text>
                <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
                  {customer.email}
                  {customer.company_name ? ` · ${customer.company_name}` : ""}
                </Text>
              </button>
            ))
          )}
        </div>
      )}
    </div>
  )
}
