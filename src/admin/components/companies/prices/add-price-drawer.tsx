import { Input, Select, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { productAndVariantTitle, type VariantOption, useVariantSearch, variantLabel } from "../../../lib/catalog"
import { errorMessage } from "../../../lib/format"
import { useBatchCompanyPrices, useStoreCurrencies } from "../../../lib/prices"
import type { AdminCompany } from "../../../lib/types"
import { useDebouncedValue } from "../../../lib/use-debounced-value"
import { FormDrawer, useFormSubmission } from "../../common/form-drawer"
import { FormField } from "../../common/form-field"
import { SearchPicker } from "../../common/search-picker"
import { readPriceInputs, type PriceInputValues } from "./price-inputs"

type AddPriceDrawerProps = { company: AdminCompany; open: boolean; onOpenChange: (open: boolean) => void }

/** Adds a negotiated price (or a volume tier) for a variant found by SKU or title. */
export const AddPriceDrawer = ({ company, open, onOpenChange }: AddPriceDrawerProps) => {
  const batch = useBatchCompanyPrices(company.id)
  const currencies = useStoreCurrencies()
  const form = useFormSubmission()
  const [search, setSearch] = useState("")
  const [variant, setVariant] = useState<VariantOption | null>(null)
  const blank: PriceInputValues = { currency_code: company.currency_code ?? "", amount: "", min_quantity: "", max_quantity: "" }
  const [values, setValues] = useState<PriceInputValues>(blank)
  const debounced = useDebouncedValue(search)

  useEffect(() => {
    if (open) {
      setSearch("")
      setVariant(null)
      setValues(blank)
      form.reset()
    }
  }, [open])
  useEffect(() => {
    if (!values.currency_code && currencies.data?.length) {
      setValues((current) => ({ ...current, currency_code: currencies.data![0] }))
    }
  }, [currencies.data])

  const variants = useVariantSearch(variant ? "" : debounced)
  const read = readPriceInputs(values)
  const problem = !variant ? "Pick the variant to price: search it by SKU or title." : "error" in read ? read.error : null

  const send = async () => {
    if (!variant || "error" in read) {
      return
    }
    await batch.mutateAsync({ create: [{ variant_id: variant.id, ...read.terms }] })
    toast.success(`${variant.sku ?? variant.title} now has a negotiated price`)
    onOpenChange(false)
  }

  const set = (key: keyof PriceInputValues) => (value: string) => setValues({ ...values, [key]: value })

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="Add negotiated price"
      description={`A price ${company.name} pays for one variant.`}
      submitLabel="Add price"
      isPending={batch.isPending}
      error={form.error ?? (form.submitted ? problem : null)}
      onSubmit={() => form.submit(!problem, send)}
    >
      <FormField id="price-variant" label="Variant" hint="Search by SKU, variant or product title.">
        <SearchPicker
          id="price-variant"
          placeholder="BOLT-M8"
          text={variant ? variantLabel(variant) : search}
          onTextChange={(text) => (setVariant(null), setSearch(text))}
          open={!variant && debounced.trim().length > 1}
          listLabel="Matching variants"
          results={{ isLoading: variants.isLoading, isError: variants.isError, options: variants.data?.variants ?? [] }}
          describe={(option) => ({
            key: option.id,
            title: option.sku ?? "No SKU",
            detail: productAndVariantTitle(option),
          })}
          onPick={setVariant}
          emptyText="No variant matches."
          errorText={errorMessage(variants.error)}
        />
      </FormField>
      <FormField id="price-currency" label="Currency">
        <Select value={values.currency_code} onValueChange={set("currency_code")}>
          <Select.Trigger id="price-currency">
            <Select.Value placeholder="Currency" />
          </Select.Trigger>
          <Select.Content>
            {(currencies.data ?? []).map((code) => (
              <Select.Item key={code} value={code}>{code.toUpperCase()}</Select.Item>
            ))}
          </Select.Content>
        </Select>
      </FormField>
      <FormField id="price-amount" label="Amount" hint="In the currency's main unit, e.g. 12.50.">
        <Input id="price-amount" inputMode="decimal" value={values.amount} onChange={(e) => set("amount")(e.target.value)} />
      </FormField>
      <div className="grid grid-cols-2 gap-x-4">
        <FormField id="price-min" label="From quantity" optional hint="Volume tier: applies from this quantity.">
          <Input id="price-min" inputMode="numeric" value={values.min_quantity} onChange={(e) => set("min_quantity")(e.target.value)} />
        </FormField>
        <FormField id="price-max" label="Up to quantity" optional>
          <Input id="price-max" inputMode="numeric" value={values.max_quantity} onChange={(e) => set("max_quantity")(e.target.value)} />
        </FormField>
      </div>
    </FormDrawer>
  )
}
