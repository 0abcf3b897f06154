import { Input, Select, Switch, Label, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import {
  ADDRESS_FIELDS,
  type AdminCompanyAddress,
  type CompanyAddressKind,
  useRegionCountries,
  useSaveCompanyAddress,
} from "../../lib/addresses"
import { FormDrawer, useFormSubmission } from "../common/form-drawer"
import { FormField } from "../common/form-field"

type Values = Record<(typeof ADDRESS_FIELDS)[number] | "label", string> & { kind: CompanyAddressKind; is_default: boolean }

const EMPTY: Values = {
  kind: "shipping", label: "", first_name: "", last_name: "", company: "", address_1: "", address_2: "", city: "",
  postal_code: "", province: "", country_code: "", phone: "", is_default: false,
}

const TEXT_FIELDS: { field: keyof Omit<Values, "kind" | "is_default" | "country_code">; label: string; optional?: boolean; wide?: boolean }[] = [
  { field: "label", label: "Label", optional: true, wide: true },
  { field: "first_name", label: "First name", optional: true },
  { field: "last_name", label: "Last name", optional: true },
  { field: "company", label: "Company", optional: true, wide: true },
  { field: "address_1", label: "Address", wide: true },
  { field: "address_2", label: "Apartment, suite, etc.", optional: true, wide: true },
  { field: "postal_code", label: "Postal code", optional: true },
  { field: "city", label: "City" },
  { field: "province", label: "Province / state", optional: true },
  { field: "phone", label: "Phone", optional: true },
]

const REQUIRED = { address_1: "Enter the street address", city: "Enter the city", country_code: "Choose the country" } as const

type AddressDrawerProps = {
  companyId: string
  /** The address to edit; `null` adds a new one. */
  address: AdminCompanyAddress | null
  open: boolean
  /** A billing address exists already (a company has one): a new address is a delivery site. */
  hasBilling: boolean
  onClose: () => void
}

/** Adds or edits a company address: a delivery site or the billing address. */
export const AddressDrawer = ({ companyId, address, open, hasBilling, onClose }: AddressDrawerProps) => {
  const [values, setValues] = useState<Values>(EMPTY)
  const form = useFormSubmission()
  const save = useSaveCompanyAddress(companyId)
  const countries = useRegionCountries()

  useEffect(() => {
    if (open) {
      setValues(
        address
          ? {
              ...EMPTY,
              ...Object.fromEntries(Object.entries(address).map(([key, value]) => [key, value ?? ""])),
              kind: address.kind,
              is_default: address.is_default,
            }
          : EMPTY
      )
      form.reset()
    }
  }, [open, address, form.reset])

  const missing = (Object.keys(REQUIRED) as (keyof typeof REQUIRED)[]).filter((field) => !values[field].trim())
  const billingTaken = values.kind === "billing" && hasBilling && address?.kind !== "billing"
  const set = (field: keyof Values, value: string | boolean) => setValues((current) => ({ ...current, [field]: value }))

  const send = async () => {
    const body = {
      kind: values.kind,
      is_default: values.kind === "shipping" ? values.is_default : false,
      ...Object.fromEntries(
        TEXT_FIELDS.map(({ field }) => [field, values[field].trim() || null]).concat([["country_code", values.country_code]])
      ),
    }
    await save.mutateAsync({ ...(address && { id: address.id }), ...body })
    toast.success(address ? "Address was updated" : "Address was added")
    onClose()
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={(next) => !next && onClose()}
      title={address ? "Edit address" : "Add address"}
      description="A delivery site or the company's billing address."
      submitLabel={address ? "Save" : "Add"}
      isPending={save.isPending}
      error={form.error}
      blockedReason={billingTaken ? "The company already has a billing address; edit that one instead." : null}
      onSubmit={() => form.submit(missing.length === 0, send)}
    >
      <FormField id="address-kind" label="Type">
        <Select value={values.kind} onValueChange={(kind) => set("kind", kind)}>
          <Select.Trigger id="address-kind">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="shipping">Delivery site</Select.Item>
            <Select.Item value="billing">Billing address</Select.Item>
          </Select.Content>
        </Select>
      </FormField>
      <div className="grid grid-cols-2 gap-4">
        {TEXT_FIELDS.map(({ field, label, optional, wide }) => (
          <div key={field} className={wide ? "col-span-2" : undefined}>
            <FormField
              id={`address-${field}`}
              label={label}
              optional={optional}
              error={form.submitted && field in REQUIRED && !values[field].trim() ? REQUIRED[field as keyof typeof REQUIRED] : undefined}
            >
              <Input id={`address-${field}`} name={field} value={values[field]} onChange={(e) => set(field, e.target.value)} />
            </FormField>
          </div>
        ))}
        <div className="col-span-2">
          <FormField
            id="address-country_code"
            label="Country"
            hint={countries.data?.length === 0 ? "Add a region with countries first: carts ship to a region's countries." : undefined}
            error={form.submitted && !values.country_code ? REQUIRED.country_code : undefined}
          >
            <Select value={values.country_code || undefined} onValueChange={(code) => set("country_code", code)}>
              <Select.Trigger id="address-country_code" aria-label="Country">
                <Select.Value placeholder={countries.isLoading ? "Loading countries…" : "Choose a country"} />
              </Select.Trigger>
              <Select.Content>
                {(countries.data ?? []).map((country) => (
                  <Select.Item key={country.code} value={country.code}>
                    {country.name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </FormField>
        </div>
      </div>
      {values.kind === "shipping" && (
        <div className="flex items-start gap-x-3">
          <Switch id="address-is_default" checked={values.is_default} onCheckedChange={(checked) => set("is_default", checked)} />
          <div>
            <Label htmlFor="address-is_default" size="small" weight="plus">
              Default delivery site
            </Label>
            <Text size="small" className="text-ui-fg-subtle">
              Offered first at checkout; takes over from the current default.
            </Text>
          </div>
        </div>
      )}
    </FormDrawer>
  )
}
