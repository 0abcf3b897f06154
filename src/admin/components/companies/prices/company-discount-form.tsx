import { Button, Input, Label, Text, toast } from "@medusajs/ui"
import { type FormEvent, useEffect, useState } from "react"
import { errorMessage } from "../../../lib/format"
import { useCompanyDiscount, useSetCompanyDiscount } from "../../../lib/prices"

/** The company-wide discount on every item, given to its buyers by an automatic promotion. */
export const CompanyDiscountForm = ({ companyId }: { companyId: string }) => {
  const discount = useCompanyDiscount(companyId)
  const setDiscount = useSetCompanyDiscount(companyId)
  const [percent, setPercent] = useState("")
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (discount.data) {
      setPercent(String(discount.data.percent))
    }
  }, [discount.data?.percent])

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const value = Number(percent.trim().replace(",", "."))
    if (percent.trim() === "" || !Number.isFinite(value) || value < 0 || value > 100) {
      setError("Enter a percent from 0 to 100; 0 removes the discount.")
      return
    }
    setError(null)
    try {
      await setDiscount.mutateAsync(value)
      toast.success(value === 0 ? "Discount was removed" : `Discount set to ${value}%`)
    } catch (failure) {
      setError(errorMessage(failure))
    }
  }

  return (
    <form onSubmit={handleSubmit} className="flex flex-col gap-y-2 px-6 py-4" noValidate>
      <div className="flex items-end justify-between gap-x-4">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="company-discount" size="small" weight="plus">
            Discount on every item
          </Label>
          <Text size="small" leading="compact" className="text-ui-fg-subtle">
            {discount.isLoading
              ? "Loading…"
              : discount.isError
                ? errorMessage(discount.error)
                : discount.data?.percent
                  ? `Buyers get ${discount.data.percent}% off, shown as a promotion on their cart.`
                  : "No discount: buyers pay the negotiated or list prices."}
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <Input
            id="company-discount"
            size="small"
            className="w-24"
            inputMode="decimal"
            aria-invalid={Boolean(error)}
            value={percent}
            onChange={(event) => setPercent(event.target.value)}
            disabled={discount.isLoading}
          />
          <Text size="small">%</Text>
          <Button size="small" variant="secondary" type="submit" isLoading={setDiscount.isPending}>
            Save
          </Button>
        </div>
      </div>
      {error && (
        <Text size="small" className="text-ui-fg-error" role="alert">
          {error}
        </Text>
      )}
    </form>
  )
}
