import { PencilSquare, Plus, Trash } from "@medusajs/icons"
import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { formatAmount } from "../../lib/format"
import { type CompanyQuantityRule, useCompanyQuantityRules } from "../../lib/quantity-rules"
import type { AdminCompany } from "../../lib/types"
import { ActionMenu } from "../common/action-menu"
import { SectionEmpty, SectionError, SectionSkeleton } from "../common/section-states"
import { CompanyQuantityRuleDrawer, type CompanyQuantityRuleDrawerState } from "./company-quantity-rule-drawer"
import { MinOrderAmountDrawer } from "./min-order-amount-drawer"
import { useRemoveQuantityRule } from "./use-remove-quantity-rule"

/** The company's own lot rules, which replace the rules for every buyer, and its minimum order. */
export const CompanyQuantityRulesSection = ({ company }: { company: AdminCompany }) => {
  const rules = useCompanyQuantityRules(company.id)
  const removeRule = useRemoveQuantityRule()
  const [drawer, setDrawer] = useState<CompanyQuantityRuleDrawerState>({ mode: "closed" })
  const [editingMinOrder, setEditingMinOrder] = useState(false)
  const overrides = rules.data ?? []

  const handleDelete = (rule: CompanyQuantityRule) =>
    removeRule(rule, `${company.name} will buy ${rule.target_title} under the rule for every buyer again.`)

  return (
    <Container className="divide-y p-0" data-testid="company-quantity-rules-section">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Quantity rules</Heading>
          <Text size="small" leading="compact" className="text-ui-fg-subtle">
            This company's own lots and minimum order; they replace the rules for every buyer.
          </Text>
        </div>
        <Button size="small" variant="secondary" className="shrink-0" onClick={() => setDrawer({ mode: "create" })}>
          <Plus />
          Add override
        </Button>
      </div>
      <div className="flex items-center justify-between gap-x-4 px-6 py-4" data-testid="company-min-order">
        <div>
          <Text size="small" leading="compact" weight="plus">
            Minimum order
          </Text>
          <Text size="small" leading="compact" className="text-ui-fg-subtle">
            {company.min_order_amount === null
              ? "No minimum: buyers can place orders of any value."
              : `${formatAmount(company.min_order_amount, company.min_order_currency_code ?? company.currency_code)}: smaller orders (cart subtotal before tax and shipping) cannot be placed.`}
          </Text>
        </div>
        <Button size="small" variant="secondary" aria-label="Edit minimum order" onClick={() => setEditingMinOrder(true)}>
          Edit
        </Button>
      </div>
      {rules.isLoading ? (
        <SectionSkeleton rows={2} />
      ) : rules.isError ? (
        <SectionError error={rules.error} onRetry={() => rules.refetch()} />
      ) : overrides.length === 0 ? (
        <SectionEmpty
          title="No quantity overrides"
          description="The company's buyers order under the rules set on each variant or product for every buyer."
        />
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Variant or product</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Minimum</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Step</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Maximum</Table.HeaderCell>
              <Table.HeaderCell>Unit</Table.HeaderCell>
              <Table.HeaderCell className="w-10" />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {overrides.map((rule) => (
              <Table.Row key={rule.id} data-testid="company-quantity-rule-row">
                <Table.Cell>
                  <Text size="small" leading="compact" weight="plus">
                    {rule.target_title}
                  </Text>
                  <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
                    {rule.target_detail}
                  </Text>
                </Table.Cell>
                <Table.Cell className="text-right">{rule.min_quantity}</Table.Cell>
                <Table.Cell className="text-right">{rule.increment}</Table.Cell>
                <Table.Cell className="text-right">
                  {rule.max_quantity ?? "No maximum"}
                </Table.Cell>
                <Table.Cell>{rule.unit ?? "-"}</Table.Cell>
                <Table.Cell>
                  <ActionMenu
                    label={`Actions for the override of ${rule.target_title}`}
                    groups={[
                      [{ label: "Edit", icon: <PencilSquare />, onClick: () => setDrawer({ mode: "edit", rule }) }],
                      [{ label: "Remove", icon: <Trash />, onClick: () => handleDelete(rule) }],
                    ]}
                  />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <CompanyQuantityRuleDrawer
        company={company}
        state={drawer}
        takenTargetIds={overrides.map((rule) => (rule.variant_id ?? rule.product_id) as string)}
        onClose={() => setDrawer({ mode: "closed" })}
      />
      <MinOrderAmountDrawer company={company} open={editingMinOrder} onOpenChange={setEditingMinOrder} />
    </Container>
  )
}
