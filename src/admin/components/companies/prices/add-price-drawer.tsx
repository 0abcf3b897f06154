import { Button, Drawer, Input, Select, Text, clx, toast } from "@medusajs/ui"
import { type FormEvent, useEffect, useState } from "react"
import { errorMessage } from "../../../lib/format"
import { useBatchCompanyPrices, useStoreCurrencies, useVariantSearch, type VariantOption } from "../../../lib/prices"
import type { AdminCompany } from "../../../lib/types"
import { FormError, FormField } from "../form-field"
import { readPriceInputs, type PriceInputValues } from "./price-inputs"

type AddPriceDrawerProps = { company: AdminCompany; open: boolean; onOpenChange: (open: boolean) => void }

/** Adds a negotiated price (or a volume tier) for a variant found by SKU or title. */
export const AddPriceDrawer = ({ company, open, onOpenChange }: AddPriceDrawerProps) => {
  const batch = useBatchCompanyPrices(company.id)
  const currencies = useStoreCurrencies()
  const [search, setSearch] = useState("")
  const [debounced, setDebounced] = useState("")
  const [variant, setVariant] = useState<VariantOption | null>(null)
  const blank: PriceInputValues = { currency_code: company.currency_code ?? "", amount: "", min_quantity: "", max_quantity: "" }
  const [values, setValues] = useState<PriceInputValues>(blank)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (open) {
      setSearch("")
      setVariant(null)
      setValues(blank)
      setError(null)
    }
  }, [open])
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(search), 250)
    return () => clearTimeout(timer)
  }, [search])
  useEffect(() => {
    if (!values.currency_code && currencies.data?.length) {
      setValues((current) => ({ ...current, currency_code: currencies.data![0] }))
    }
  }, [currencies.data])

  const variants = useVariantSearch(variant ? "" : debounced)

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault()
    setError(null)
    if (!variant) {
      setError("Pick the variant to price: search it by SKU or title.")
      return
    }
    const read = readPriceInputs(values)
    if ("error" in read) {
      setError(read.error)
      return
    }
    try {
      await batch.mutateAsync({ create: [{ variant_id: variant.id, ...read.terms }] })
      toast.success(`${variant.sku ?? variant.title} now has a negotiated price`)
      onOpenChange(false)
    } catch (failure) {
      setError(errorMessage(failure))
    }
  }

  const set = (key: keyof PriceInputValues) => (value: string) => setValues({ ...values, [key]: value })

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <form onSubmit={handleSubmit} className="flex h-full flex-col overflow-hidden" noValidate>
          <Drawer.Header>
            <Drawer.Title>Add negotiated price</Drawer.Title>
            <Drawer.Description className="sr-only">A price {company.name} pays for one variant.</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
            <FormError message={error} />
            <FormField id="price-variant" label="Variant" hint="Search by SKU, variant or product title.">
              <Input
                id="price-variant"
                type="search"
                autoComplete="off"
                placeholder="BOLT-M8"
                value={variant ? `${variant.sku ?? ""} ${variant.product?.title ?? ""} · ${variant.title}`.trim() : search}
                onChange={(event) => (setVariant(null), setSearch(event.target.value))}
              />
              {!variant && debounced.trim().length > 1 && (
                <div className="shadow-borders-base bg-ui-bg-base rounded-md" role="listbox" aria-label="Matching variants">
                  {variants.isError ? (
                    <Text size="small" className="text-ui-fg-error px-3 py-2">{errorMessage(variants.error)}</Text>
                  ) : variants.isLoading ? (
                    <Text size="small" className="text-ui-fg-muted px-3 py-2">Searching…</Text>
                  ) : !variants.data?.variants.length ? (
                    <Text size="small" className="text-ui-fg-muted px-3 py-2">No variant matches.</Text>
                  ) : (
                    variants.data.variants.map((option) => (
                      <button
                        key={option.id}
                        type="button"
                        role="option"
                        aria-selected={false}
                        className={clx("hover:bg-ui-bg-base-hover flex w-full flex-col items-start px-3 py-2 text-left")}
                        onClick={() => setVariant(option)}
                      >
                        <Text size="small" leading="compact" weight="plus">{option.sku ?? "No SKU"}</Text>
                        <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
                          {option.product?.title} · {option.title}
                        </Text>
                      </button>
                    ))
                  )}
                </div>
              )}
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
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">Cancel</Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={batch.isPending}>Add price</Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
