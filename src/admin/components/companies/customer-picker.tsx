import { personName } from "../../lib/format"
import { useCustomerSearch } from "../../lib/queries"
import { useDebouncedValue } from "../../lib/use-debounced-value"
import { SearchPicker } from "../common/search-picker"

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
  const debounced = useDebouncedValue(email)
  const search = useCustomerSearch(picked ? "" : debounced)

  return (
    <SearchPicker
      id={id}
      name="email"
      placeholder="buyer@example.com, or a name to search"
      text={email}
      onTextChange={(text) => {
        onPick(null)
        onEmailChange(text)
      }}
      open={!picked && debounced.trim().length > 1}
      listLabel="Matching customers"
      results={{ isLoading: search.isLoading, isError: search.isError, options: search.data?.customers ?? [] }}
      describe={(customer) => ({
        key: customer.id,
        title: personName(customer) || customer.email,
        detail: `${customer.email}${customer.company_name ? ` · ${customer.company_name}` : ""}`,
      })}
      onPick={(customer) => {
        onPick({ id: customer.id, email: customer.email })
        onEmailChange(customer.email)
      }}
      emptyText="No customer matches. The email must belong to an existing customer."
      errorText="Customers could not be searched; enter the email instead."
      invalid={Boolean(error)}
    />
  )
}
