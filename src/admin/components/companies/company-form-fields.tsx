import { Heading, Input, Select, Textarea } from "@medusajs/ui"
import type { CompanyFormErrors, CompanyFormValues } from "../../lib/company-form"
import type { ReactNode } from "react"
import { COMPANY_STATUS_EFFECTS } from "../../lib/format"
import type { CompanyStatus } from "../../lib/types"
import { AccountManagerSelect } from "./account-manager-select"
import { CompanyStatusOptions } from "./company-status-badge"
import { FormField } from "../common/form-field"
import { COUNTRIES } from "../../lib/countries"
import { useStoreCurrencies } from "../../lib/queries"

type TextField = Exclude<keyof CompanyFormValues, "status" | "account_manager_id" | "notes">

type TextFieldSpec = {
  field: TextField
  label: string
  optional?: boolean
  hint?: string
  type?: string
  placeholder?: string
  wide?: boolean
}

const GENERAL: TextFieldSpec[] = [
  { field: "name", label: "Name", hint: "The name buyers and your team know the company by.", wide: true },
  { field: "legal_name", label: "Legal name", optional: true },
  { field: "tax_id", label: "Tax ID", optional: true, placeholder: "DE123456789" },
  { field: "email", label: "Email", optional: true, type: "email", placeholder: "orders@example.com" },
  { field: "phone", label: "Phone", optional: true, type: "tel" },
]

const ADDRESS: TextFieldSpec[] = [
  { field: "address_1", label: "Address", optional: true, wide: true },
  { field: "address_2", label: "Apartment, suite, etc.", optional: true, wide: true },
  { field: "postal_code", label: "Postal code", optional: true },
  { field: "city", label: "City", optional: true },
  { field: "province", label: "Province / state", optional: true },
]

const TERMS: TextFieldSpec[] = [
  {
    field: "min_order_amount",
    label: "Minimum order amount",
    optional: true,
    type: "number",
    placeholder: "0.00",
    hint: "Cart subtotal before tax and shipping; empty means no minimum.",
  },
]

/** Medusa's Select with a "none" choice: Radix' Select cannot hold an empty value. */
const NONE = "__none"
const OptionalSelect = ({
  id,
  value,
  onChange,
  placeholder,
  options,
}: {
  id: string
  value: string
  onChange: (value: string) => void
  placeholder: string
  options: { value: string; label: string }[]
}) => (
  <Select value={value || NONE} onValueChange={(next) => onChange(next === NONE ? "" : next)}>
    <Select.Trigger id={id} data-testid={id}>
      <Select.Value placeholder={placeholder} />
    </Select.Trigger>
    <Select.Content>
      <Select.Item value={NONE}>None</Select.Item>
      {options.map((option) => (
        <Select.Item key={option.value} value={option.value}>
          {option.label}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)

const FieldGroup = ({ title, children }: { title: string; children: ReactNode }) => (
  <fieldset className="grid grid-cols-2 gap-4">
    <Heading level="h3" className="col-span-2">
      {title}
    </Heading>
    {children}
  </fieldset>
)

type CompanyFormFieldsProps = {
  idPrefix: string
  values: CompanyFormValues
  errors: CompanyFormErrors
  onChange: (values: CompanyFormValues) => void
  showStatus?: boolean
}

/** The fields of a company, shared by the create and edit drawers. */
export const CompanyFormFields = ({ idPrefix, values, errors, onChange, showStatus = true }: CompanyFormFieldsProps) => {
  const storeCurrencies = useStoreCurrencies()
  // A company may keep a currency the store no longer sells: it stays choosable, so editing does not drop it.
  const currencyCodes = [...new Set([...(storeCurrencies.data ?? []), ...(values.currency_code ? [values.currency_code.toLowerCase()] : [])])]
  const currencyOptions = currencyCodes.map((code) => ({ value: code, label: code.toUpperCase() }))
  const set = <K extends keyof CompanyFormValues>(field: K, value: CompanyFormValues[K]) =>
    onChange({ ...values, [field]: value })

  const renderText = (spec: TextFieldSpec) => {
    const id = `${idPrefix}-${spec.field}`
    return (
      <div key={spec.field} className={spec.wide ? "col-span-2" : undefined}>
        <FormField id={id} label={spec.label} optional={spec.optional} hint={spec.hint} error={errors[spec.field]}>
          <Input
            id={id}
            name={spec.field}
            type={spec.type ?? "text"}
            placeholder={spec.placeholder}
            value={values[spec.field]}
            aria-invalid={Boolean(errors[spec.field])}
            onChange={(event) => set(spec.field, event.target.value)}
          />
        </FormField>
      </div>
    )
  }

  return (
    <div className="flex flex-col gap-y-8">
      <FieldGroup title="General">{GENERAL.map(renderText)}</FieldGroup>
      <FieldGroup title="Address">
        {ADDRESS.map(renderText)}
        <FormField id={`${idPrefix}-country_code`} label="Country" optional error={errors.country_code}>
          <OptionalSelect
            id={`${idPrefix}-country_code`}
            value={values.country_code.toLowerCase()}
            onChange={(value) => set("country_code", value.toUpperCase())}
            placeholder="Choose a country"
            options={COUNTRIES.map(([code, name]) => ({ value: code, label: name }))}
          />
        </FormField>
      </FieldGroup>
      <FieldGroup title="Terms">
        <FormField
          id={`${idPrefix}-currency_code`}
          label="Currency"
          optional
          hint="One of the store's currencies; a minimum order given without a currency is set in this one."
          error={errors.currency_code}
        >
          <OptionalSelect
            id={`${idPrefix}-currency_code`}
            value={values.currency_code.toLowerCase()}
            onChange={(value) => set("currency_code", value.toUpperCase())}
            placeholder="Choose a currency"
            options={currencyOptions}
          />
        </FormField>
        {TERMS.map(renderText)}
        {showStatus && (
          <FormField id={`${idPrefix}-status`} label="Status" hint={COMPANY_STATUS_EFFECTS[values.status]}>
            <Select value={values.status} onValueChange={(value) => set("status", value as CompanyStatus)}>
              <Select.Trigger id={`${idPrefix}-status`}>
                <Select.Value />
              </Select.Trigger>
              <CompanyStatusOptions />
            </Select>
          </FormField>
        )}
        <FormField id={`${idPrefix}-account-manager`} label="Account manager" optional>
          <AccountManagerSelect
            id={`${idPrefix}-account-manager`}
            value={values.account_manager_id}
            onChange={(value) => set("account_manager_id", value)}
          />
        </FormField>
      </FieldGroup>
      <fieldset className="flex flex-col gap-y-4">
        <FormField
          id={`${idPrefix}-notes`}
          label="Internal notes"
          optional
          hint="Only your team sees these; buyers never do."
        >
          <Textarea
            id={`${idPrefix}-notes`}
            name="notes"
            value={values.notes}
            onChange={(event) => set("notes", event.target.value)}
          />
        </FormField>
      </fieldset>
    </div>
  )
}
