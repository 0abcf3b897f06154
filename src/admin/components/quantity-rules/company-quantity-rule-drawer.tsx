import { useEffect, useState } from "react"
import {
  type CompanyQuantityRule,
  type QuantityRuleTargetOption,
  useQuantityRuleTargetSearch,
} from "../../lib/quantity-rules"
import type { AdminCompany } from "../../lib/types"
import { useDebouncedValue } from "../../lib/use-debounced-value"
import { FormField } from "../common/form-field"
import { SearchPicker } from "../common/search-picker"
import { FixedSubject, QuantityRuleFormDrawer } from "./quantity-rule-drawer"

export type CompanyQuantityRuleDrawerState =
  | { mode: "closed" }
  | { mode: "create" }
  | { mode: "edit"; rule: CompanyQuantityRule }

type CompanyQuantityRuleDrawerProps = {
  company: AdminCompany
  state: CompanyQuantityRuleDrawerState
  /** Variants and products the company already has an override for, left out of the search. */
  takenTargetIds: string[]
  onClose: () => void
}

const TARGET_MISSING = "Pick the variant or product this override is for: search it by SKU or title."

/** A company override: its own lot rule for one variant, or for every variant of a product. */
export const CompanyQuantityRuleDrawer = ({ company, state, takenTargetIds, onClose }: CompanyQuantityRuleDrawerProps) => {
  const rule = state.mode === "edit" ? state.rule : null
  const [search, setSearch] = useState("")
  const [picked, setPicked] = useState<QuantityRuleTargetOption | null>(null)
  const debounced = useDebouncedValue(search)
  const searching = state.mode === "create" && !picked
  const results = useQuantityRuleTargetSearch(searching ? debounced : "")

  useEffect(() => {
    if (state.mode !== "closed") {
      setSearch("")
      setPicked(null)
    }
  }, [state])

  const renderSubject = (showErrors: boolean) =>
    rule ? (
      <FixedSubject id="company-quantity-rule-target" label="Variant or product">
        {rule.target_title} · {rule.target_detail}
      </FixedSubject>
    ) : (
      <FormField
        id="company-quantity-rule-target"
        label="Variant or product"
        hint="A product's override applies to all its variants, unless a variant has its own."
        error={showErrors && !picked ? TARGET_MISSING : undefined}
      >
        <SearchPicker
          id="company-quantity-rule-target"
          placeholder="SKU, product or variant title"
          text={picked ? `${picked.title} · ${picked.detail}` : search}
          onTextChange={(text) => (setPicked(null), setSearch(text))}
          open={searching && debounced.trim().length > 1}
          listLabel="Matching variants and products"
          results={{ ...results, options: results.options.filter((option) => !takenTargetIds.includes(option.key)) }}
          describe={(option) => option}
          onPick={setPicked}
          emptyText="No variant or product matches, or the company already has an override for it."
          errorText="The catalog could not be searched; try again."
          invalid={showErrors && !picked}
        />
      </FormField>
    )

  return (
    <QuantityRuleFormDrawer
      open={state.mode !== "closed"}
      onClose={onClose}
      title={rule ? "Edit company override" : "Add company override"}
      rule={rule}
      target={picked?.target ?? null}
      companyId={company.id}
      subjectError={!rule && !picked ? TARGET_MISSING : undefined}
      renderSubject={renderSubject}
    />
  )
}
