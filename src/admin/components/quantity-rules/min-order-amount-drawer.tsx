import { Input, Select, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { optionalAmountError, optionalAmountFrom } from "../../lib/company-form"
import { formatAmount } from "../../lib/format"
import { useUpdateCompany } from "../../lib/mutations"
import { useStoreCurrencies } from "../../lib/prices"
import type { AdminCompany } from "../../lib/types"
import { FormDrawer, useFormSubmission } from "../common/form-drawer"
import { FormField } from "../common/form-field"

type MinOrderAmountDrawerProps = { company: AdminCompany; open: boolean; onOpenChange: (open: boolean) => void }

/**
 * Sets or clears the cart subtotal below which the company's buyers cannot place an order, in one of the store's
 * currencies: a cart in another currency is refused at checkout.
 */
export const MinOrderAmountDrawer = ({ company, open, onOpenChange }: MinOrderAmountDrawerProps) => {
  const update = useUpdateCompany(company.id)
  const currencies = useStoreCurrencies()
  const form = useFormSubmission()
  const [amount, setAmount] = useState("")
  const [currency, setCurrency] = useState("")

  useEffect(() => {
    if (open) {
      setAmount(company.min_order_amount === null ? "" : String(company.min_order_amount))
      setCurrency(company.min_order_currency_code ?? company.currency_code ?? "")
      form.reset()
    }
  }, [open, form.reset])

  useEffect(() => {
    if (!currency && currencies.data?.length) {
      setCurrency(currencies.data[0])
    }
  }, [currencies.data, currency])

  const amountError = optionalAmountError(amount, "no minimum")
  const currencyError = optionalAmountFrom(amount) !== null && !currency ? "Choose the currency of the minimum" : undefined
  const send = async () => {
    const min_order_amount = optionalAmountFrom(amount)
    await update.mutateAsync(
      min_order_amount === null ? { min_order_amount } : { min_order_amount, min_order_currency_code: currency }
    )
    toast.success(
      min_order_amount === null
        ? "Minimum order was removed"
        : `Minimum order set to ${formatAmount(min_order_amount, currency)}`
    )
    onOpenChange(false)
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="Edit minimum order"
      description={`The smallest order ${company.name} can place.`}
      submitLabel="Save"
      isPending={update.isPending}
      error={form.error}
      onSubmit={() => form.submit(!amountError && !currencyError, send)}
    >
      <FormField
        id="company-min-order-amount"
        label="Minimum order"
        optional
        hint="The cart subtotal before tax and shipping an order must reach. Empty for no minimum."
        error={form.submitted ? amountError : undefined}
      >
        <Input
          id="company-min-order-amount"
          type="number"
          min={0}
          step="any"
          placeholder="No minimum"
          value={amount}
          onChange={(event) => setAmount(event.target.value)}
        />
      </FormField>
      <FormField
        id="company-min-order-currency"
        label="Currency"
        hint="Carts in another currency cannot be placed while a minimum is set."
        error={form.submitted ? currencyError : undefined}
      >
        <Select value={currency} onValueChange={setCurrency}>
          <Select.Trigger id="company-min-order-currency">
            <Select.Value placeholder="Currency" />
          </Select.Trigger>
          <Select.Content>
            {(currencies.data ?? []).map((code) => (
              <Select.Item key={code} value={code}>{code.toUpperCase()}</Select.Item>
            ))}
          </Select.Content>
        </Select>
      </FormField>
    </FormDrawer>
  )
}
