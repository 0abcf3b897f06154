import { Alert, Input, Text, toast } from "@medusajs/ui"
import { type ReactNode, useEffect, useState } from "react"
import { describeQuantityRule } from "../../../lib/quantity-rules/violations"
import { useCompanies } from "../../lib/queries"
import {
  type AdminQuantityRule,
  type QuantityRuleFormValues,
  type QuantityRuleTarget,
  inFormWords,
  quantityRuleFormFrom,
  quantityRuleTermsFrom,
  quantityRuleTermsProblems,
  targetOfRule,
  useSaveQuantityRule,
} from "../../lib/quantity-rules"
import { useDebouncedValue } from "../../lib/use-debounced-value"
import { FormDrawer, useFormSubmission } from "../common/form-drawer"
import { SearchPicker } from "../common/search-picker"
import { FormField } from "../common/form-field"

type QuantityRuleFormDrawerProps = {
  open: boolean
  onClose: () => void
  title: string
  /** The rule being edited; null creates one. */
  rule: AdminQuantityRule | null
  /** What a new rule is for; null until the admin has chosen it. */
  target: QuantityRuleTarget | null
  companyId: string | null
  /** Why the chosen variant, product or company cannot be saved yet. */
  subjectError?: string
  /** The fields that choose (or show) what the rule is for; hints show once the admin tried to save. */
  renderSubject: (showErrors: boolean) => ReactNode
}

/** Creates or edits one lot rule; the same validation as the server, shown as the admin types. */
export const QuantityRuleFormDrawer = ({
  open,
  onClose,
  title,
  rule,
  target,
  companyId,
  subjectError,
  renderSubject,
}: QuantityRuleFormDrawerProps) => {
  const save = useSaveQuantityRule()
  const form = useFormSubmission()
  const [values, setValues] = useState<QuantityRuleFormValues>(quantityRuleFormFrom(null))

  useEffect(() => {
    if (open) {
      setValues(quantityRuleFormFrom(rule))
      form.reset()
    }
  }, [open, rule, form.reset])

  const terms = quantityRuleTermsFrom(values)
  const problems = quantityRuleTermsProblems(terms)
  const summary = describeQuantityRule(terms)
  const set = (field: keyof QuantityRuleFormValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }))

  const send = async () => {
    const ruleTarget = rule ? targetOfRule(rule) : target
    if (!ruleTarget) {
      return
    }
    await save.mutateAsync({ id: rule?.id, target: ruleTarget, company_id: companyId, terms })
    toast.success(rule ? "Quantity rule was updated" : "Quantity rule was created")
    onClose()
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={(next) => !next && onClose()}
      title={title}
      description="Minimum lot, step and maximum quantity."
      submitLabel="Save"
      isPending={save.isPending}
      error={form.error && inFormWords(form.error)}
      onSubmit={() => form.submit(problems.length === 0 && !subjectError, send)}
    >
      {renderSubject(form.submitted)}
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
        <Alert variant={form.submitted ? "error" : "warning"}>
          {/* Every problem at once, one a line, so the admin can fix them in one go. */}
          <ul className="list-inside list-disc">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </Alert>
      ) : (
        <Text size="small" leading="compact" className="text-ui-fg-subtle">
          {summary ? `Sold ${summary}.` : "Any quantity can be ordered."}
        </Text>
      )}
    </FormDrawer>
  )
}

/** What a rule is for, when it can no longer change (editing keeps the target and company). */
export const FixedSubject = ({ id, label, children }: { id: string; label: string; children: ReactNode }) => (
  <FormField id={id} label={label}>
    <Text id={id} size="small" leading="compact">
      {children}
    </Text>
  </FormField>
)

const COMPANY_MISSING = "Choose the company this override is for."

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

/** The rule of one variant or product, for every buyer or for a company chosen here. */
export const QuantityRuleDrawer = ({ state, target, takenCompanyIds, onClose }: QuantityRuleDrawerProps) => {
  const rule = state.mode === "edit" ? state.rule : null
  const forCompany = state.mode === "create" ? state.forCompany : Boolean(rule?.company_id)
  const [companyId, setCompanyId] = useState("")
  const [companyName, setCompanyName] = useState("")
  const [search, setSearch] = useState("")
  const debounced = useDebouncedValue(search)
  // Searched on the server by name, a page at a time: any of thousands of companies can be picked.
  const companies = useCompanies({ q: debounced.trim(), limit: 10, offset: 0 })

  useEffect(() => {
    if (state.mode !== "closed") {
      setCompanyId(rule?.company_id ?? "")
      setCompanyName("")
      setSearch("")
    }
  }, [state])

  const choices = (companies.data?.companies ?? []).filter((company) => !takenCompanyIds.includes(company.id))

  const renderSubject = (showErrors: boolean) => {
    if (!forCompany) {
      return null
    }
    if (state.mode === "edit") {
      return (
        <FixedSubject id="quantity-rule-company" label="Company">
          {state.companyName ?? state.rule.company_id}
        </FixedSubject>
      )
    }
    return (
      <FormField
        id="quantity-rule-company"
        label="Company"
        error={showErrors && !companyId ? COMPANY_MISSING : undefined}
      >
        <SearchPicker
          id="quantity-rule-company"
          placeholder="Search companies by name"
          text={companyId ? companyName : search}
          onTextChange={(text) => (setCompanyId(""), setCompanyName(""), setSearch(text))}
          open={!companyId && debounced.trim().length > 0}
          listLabel="Matching companies"
          results={{ isLoading: companies.isLoading, isError: companies.isError, options: choices }}
          describe={(company) => ({ key: company.id, title: company.name, detail: company.email ?? undefined })}
          onPick={(company) => (setCompanyId(company.id), setCompanyName(company.name))}
          emptyText="No company without an override matches."
          errorText="Companies could not be loaded."
          invalid={showErrors && !companyId}
        />
      </FormField>
    )
  }

  return (
    <QuantityRuleFormDrawer
      open={state.mode !== "closed"}
      onClose={onClose}
      title={rule ? "Edit quantity rule" : forCompany ? "Add company override" : "Set quantity rule"}
      rule={rule}
      target={target}
      companyId={forCompany ? companyId || null : null}
      subjectError={forCompany && !companyId ? COMPANY_MISSING : undefined}
      renderSubject={renderSubject}
    />
  )
}
