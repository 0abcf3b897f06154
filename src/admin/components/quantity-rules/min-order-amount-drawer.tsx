import { Input, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { optionalAmountError, optionalAmountFrom } from "../../lib/company-form"
import { formatAmount } from "../../lib/format"
import { useUpdateCompany } from "../../lib/mutations"
import type { AdminCompany } from "../../lib/types"
import { FormDrawer, useFormSubmission } from "../common/form-drawer"
import { FormField } from "../common/form-field"

type MinOrderAmountDrawerProps = { company: AdminCompany; open: boolean; onOpenChange: (open: boolean) => void }

/** Sets or clears the cart subtotal below which the company's buyers cannot place an order. */
export const MinOrderAmountDrawer = ({ company, open, onOpenChange }: MinOrderAmountDrawerProps) => {
  const update = useUpdateCompany(company.id)
  const form = useFormSubmission()
  const [amount, setAmount] = useState("")
  const currency = company.currency_code?.toUpperCase()

  useEffect(() => {
    if (open) {
      setAmount(company.min_order_amount === null ? "" : String(company.min_order_amount))
      form.reset()
    }
  }, [open, form.reset])

  const amountError = optionalAmountError(amount, "no minimum")
  const send = async () => {
    const min_order_amount = optionalAmountFrom(amount)
    await update.mutateAsync({ min_order_amount })
    toast.success(
      min_order_amount === null
        ? "Minimum order was removed"
        : `Minimum order set to ${formatAmount(min_order_amount, company.currency_code)}`
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
      onSubmit={() => form.submit(!amountError, send)}
    >
      <FormField
        id="company-min-order-amount"
        label={`Minimum order${currency ? ` (${currency})` : ""}`}
        optional
        hint="The cart subtotal before tax and shipping an order must reach. Empty for no minimum."
        error={form.submitted ? amountError : undefined}
      >
        <Input
          id="company-min-order-amount"
          type="number"
          min={0}
          step="0.01"
          placeholder="No minimum"
          value={amount}
          onChange={(event) => setAmount(event.target.value)}
        />
      </FormField>
    </FormDrawer>
  )
}
