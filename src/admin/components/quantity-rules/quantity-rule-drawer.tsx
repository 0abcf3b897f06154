import { Alert, Button, Drawer, Input, Select, Text, toast } from "@medusajs/ui"
import { type FormEvent, useEffect, useMemo, useState } from "react"
import { quantityRuleProblems } from "../../../lib/quantity-rules/rules"
import { describeQuantityRule } from "../../../lib/quantity-rules/violations"
import { errorMessage } from "../../lib/format"
import { useCompanies } from "../../lib/queries"
import {
  type AdminQuantityRule,
  type QuantityRuleTarget,
  type QuantityRuleTermsInput,
  useSaveQuantityRule,
} from "../../lib/quantity-rules"
import { FormField } from "../companies/form-field"

type Values = { company_id: string; min_quantity: string; increment: string; max_quantity: string; unit: string }

const valuesOf = (rule: AdminQuantityRule | null): Values => ({
  company_id: rule?.company_id ?? "",
  min_quantity: String(rule?.min_quantity ?? 1),
  increment: String(rule?.increment ?? 1),
  max_quantity: rule?.max_quantity === null || rule?.max_quantity === undefined ? "" : String(rule.max_quantity),
  unit: rule?.unit ?? "",
})

const termsOf = (values: Values): QuantityRuleTermsInput => ({
  min_quantity: Number(values.min_quantity),
  increment: Number(values.increment),
  max_quantity: values.max_quantity.trim() === "" ? null : Number(values.max_quantity),
  unit: values.unit.trim() || null,
})

export type QuantityRuleDrawerState =
  | { mode: "closed" }
  | { mode: "edit"; rule: AdminQuantityRule; companyName?: string }
  | { mode: "create"; forCompany: boolean }

type QuantityRuleDrawerProps = {
  state: QuantityRuleDrawerState
  target: QuantityRuleTarget
  /** Companies that already have an override for this target, left out of the picker. */
  takenCompanyIds: string[]
  onClose: () => void
}

/** Creates or edits one lot rule; the same validation as the server, shown as the admin types. */
export const QuantityRuleDrawer = ({ state, target, takenCompanyIds, onClose }: QuantityRuleDrawerProps) => {
  const save = useSaveQuantityRule()
  const rule = state.mode === "edit" ? state.rule : null
  const forCompany = state.mode === "create" ? state.forCompany : Boolean(rule?.company_id)
  const companies = useCompanies({ limit: 200, offset: 0 })
  const [values, setValues] = useState<Values>(valuesOf(null))
  const [submitted, setSubmitted] = useState(false)
  const [serverError, setServerError] = useState<string | null>(null)

  useEffect(() => {
    if (state.mode !== "closed") {
      setValues(valuesOf(rule))
      setSubmitted(false)
      setServerError(null)
    }
  }, [state])

  const terms = termsOf(values)
  const problems = useMemo(() => quantityRuleProblems({ ...target, ...terms }), [values, target])
  const companyMissing = forCompany && !values.company_id
  const set = (field: keyof Values) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }))

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault()
    setSubmitted(true)
    setServerError(null)
    if (problems.length || companyMissing) {
      return
    }
    try {
      await save.mutateAsync({ id: rule?.id, target, company_id: forCompany ? values.company_id : null, terms })
      toast.success(rule ? "Quantity rule was updated" : "Quantity rule was created")
      onClose()
    } catch (error) {
      setServerError(errorMessage(error))
    }
  }

  const choices = (companies.data?.companies ?? []).filter(
    (company) => company.id === values.company_id || !takenCompanyIds.includes(company.id)
  )
  const title = rule ? "Edit quantity rule" : forCompany ? "Add company override" : "Set quantity rule"

  return (
    <Drawer open={state.mode !== "closed"} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content>
        <form onSubmit={handleSubmit} className="flex h-full flex-col overflow-hidden" noValidate>
          <Drawer.Header>
            <Drawer.Title>{title}</Drawer.Title>
            <Drawer.Description className="sr-only">Minimum lot, step and maximum quantity.</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
            {serverError && (
              <Alert variant="error" dismissible>
                {serverError}
              </Alert>
            )}
            {forCompany && (
              <FormField
                id="quantity-rule-company"
                label="Company"
                error={submitted && companyMissing ? "Choose the company this override is for." : undefined}
                hint={companies.isError ? "Companies could not be loaded." : undefined}
              >
                {rule ? (
                  <Text size="small" leading="compact">
                    {state.mode === "edit" ? state.companyName ?? rule.company_id : ""}
                  </Text>
                ) : (
                  <Select value={values.company_id} onValueChange={(id) => setValues((v) => ({ ...v, company_id: id }))}>
                    <Select.Trigger id="quantity-rule-company">
                      <Select.Value placeholder={companies.isLoading ? "Loading companies…" : "Choose a company"} />
                    </Select.Trigger>
                    <Select.Content>
                      {choices.map((company) => (
                        <Select.Item key={company.id} value={company.id}>
                          {company.name}
                        </Select.Item>
                      ))}
                    </Select.Content>
                  </Select>
                )}
              </FormField>
            )}
            <div className="grid grid-cols-2 gap-4">
              <FormField id="quantity-rule-min" label="Minimum quantity" hint="The smallest lot a buyer can order.">
                <Input id="quantity-rule-min" type="number" min={1} value={values.min_quantity} onChange={set("min_quantity")} />
              </FormField>
              <FormField id="quantity-rule-increment" label="Step" hint="Quantities above the minimum go up by this.">
                <Input id="quantity-rule-increment" type="number" min={1} value={values.increment} onChange={set("increment")} />
              </FormField>
              <FormField id="quantity-rule-max" label="Maximum quantity" optional hint="Empty for no maximum.">
                <Input id="quantity-rule-max" type="number" min={1} value={values.max_quantity} onChange={set("max_quantity")} />
              </FormField>
              <FormField id="quantity-rule-unit" label="Unit" optional hint="Shown to buyers, e.g. pcs, m, boxes.">
                <Input id="quantity-rule-unit" value={values.unit} onChange={set("unit")} maxLength={64} />
              </FormField>
            </div>
            {problems.length > 0 ? (
              <Alert variant={submitted ? "error" : "warning"}>{problems.join(" ")}</Alert>
            ) : (
              <Text size="small" leading="compact" className="text-ui-fg-subtle">
                {describeQuantityRule(terms) ? `Sold ${describeQuantityRule(terms)}.` : "Any quantity can be ordered."}
              </Text>
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={save.isPending}>
              Save
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
