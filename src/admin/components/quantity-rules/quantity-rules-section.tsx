import { PencilSquare, Plus, Trash } from "@medusajs/icons"
import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { describeQuantityRule } from "../../../lib/quantity-rules/violations"
import { type AdminQuantityRule, type QuantityRuleTarget, useQuantityRules } from "../../lib/quantity-rules"
import { ActionMenu } from "../common/action-menu"
import { SectionEmpty, SectionError, SectionRow, SectionSkeleton } from "../common/section-states"
import { QuantityRuleDrawer, type QuantityRuleDrawerState } from "./quantity-rule-drawer"
import { useRemoveQuantityRule } from "./use-remove-quantity-rule"

const summary = (rule: AdminQuantityRule) => {
  const words = describeQuantityRule(rule)
  return words ? `Sold ${words}` : "Any quantity"
}

type QuantityRulesSectionProps = {
  target: QuantityRuleTarget
  title: string
  /** What applies when this target has no rule for every buyer. */
  fallback: string
  testId: string
}

/** The lot rule of a variant or product for every buyer, and its company overrides. */
export const QuantityRulesSection = ({ target, title, fallback, testId }: QuantityRulesSectionProps) => {
  const rules = useQuantityRules(target)
  const removeRule = useRemoveQuantityRule()
  const [drawer, setDrawer] = useState<QuantityRuleDrawerState>({ mode: "closed" })

  const companyName = (rule: AdminQuantityRule) => rule.company?.name ?? rule.company_id ?? ""

  const handleDelete = (rule: AdminQuantityRule) =>
    removeRule(
      rule,
      rule.company_id
        ? `${companyName(rule)} will buy under the rule for every buyer again.`
        : `Buyers without an override will buy under: ${fallback}`
    )

  const allBuyers = rules.data?.allBuyers ?? null
  const overrides = rules.data?.overrides ?? []

  return (
    <Container className="divide-y p-0" data-testid={testId}>
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">{title}</Heading>
          <Text size="small" leading="compact" className="text-ui-fg-subtle">
            Minimum lot, step and maximum that the cart enforces.
          </Text>
        </div>
        {rules.data && (
          <ActionMenu
            groups={[
              [
                allBuyers
                  ? { label: "Edit rule", icon: <PencilSquare />, onClick: () => setDrawer({ mode: "edit", rule: allBuyers }) }
                  : { label: "Set rule", icon: <Plus />, onClick: () => setDrawer({ mode: "create", forCompany: false }) },
                { label: "Add company override", icon: <Plus />, onClick: () => setDrawer({ mode: "create", forCompany: true }) },
              ],
              allBuyers ? [{ label: "Remove rule", icon: <Trash />, onClick: () => handleDelete(allBuyers) }] : [],
            ]}
          />
        )}
      </div>
      {rules.isLoading ? (
        <SectionSkeleton rows={2} />
      ) : rules.isError ? (
        <SectionError error={rules.error} onRetry={() => rules.refetch()} />
      ) : (
        <>
          <SectionRow label="Every buyer" value={allBuyers ? summary(allBuyers) : fallback} />
          {overrides.length === 0 ? (
            <SectionEmpty
              title="No company overrides"
              description="A company override replaces the rule above for that company's buyers."
              action={
                <Button size="small" variant="secondary" onClick={() => setDrawer({ mode: "create", forCompany: true })}>
                  Add company override
                </Button>
              }
            />
          ) : (
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Company</Table.HeaderCell>
                  <Table.HeaderCell>Rule</Table.HeaderCell>
                  <Table.HeaderCell className="w-8" />
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {overrides.map((rule) => (
                  <Table.Row key={rule.id}>
                    <Table.Cell>{companyName(rule)}</Table.Cell>
                    <Table.Cell>{summary(rule)}</Table.Cell>
                    <Table.Cell>
                      <ActionMenu
                        groups={[
                          [
                            {
                              label: "Edit",
                              icon: <PencilSquare />,
                              onClick: () => setDrawer({ mode: "edit", rule, companyName: companyName(rule) }),
                            },
                          ],
                          [{ label: "Remove", icon: <Trash />, onClick: () => handleDelete(rule) }],
                        ]}
                      />
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )}
        </>
      )}
      <QuantityRuleDrawer
        state={drawer}
        target={target}
        takenCompanyIds={overrides.map((rule) => rule.company_id as string)}
        onClose={() => setDrawer({ mode: "closed" })}
      />
    </Container>
  )
}
