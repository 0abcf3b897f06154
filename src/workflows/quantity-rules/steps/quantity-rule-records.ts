import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUANTITY_RULE_MODULE } from "../../../modules/quantity-rule"
import type QuantityRuleModuleService from "../../../modules/quantity-rule/service"
import type { CreateQuantityRule, UpdateQuantityRule } from "../types"

type Container = { resolve<T>(key: string): T }

const service = (container: Container) =>
  container.resolve<QuantityRuleModuleService>(QUANTITY_RULE_MODULE)

const TERMS = ["min_quantity", "increment", "max_quantity", "unit", "metadata"] as const

export const createQuantityRulesStep = createStep(
  "b2b-create-quantity-rules",
  async (rules: CreateQuantityRule[], { container }) => {
    const created = rules.length ? await service(container).createQuantityRules(rules) : []
    return new StepResponse(created, created.map((rule) => rule.id))
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await service(container).deleteQuantityRules(ids)
    }
  }
)

export const updateQuantityRulesStep = createStep(
  "b2b-update-quantity-rules",
  async (updates: UpdateQuantityRule[], { container }) => {
    const rules = service(container)
    if (!updates.length) {
      return new StepResponse([] as Awaited<ReturnType<typeof rules.listQuantityRules>>, [])
    }
    const before = await rules.listQuantityRules({ id: updates.map((u) => u.id) }, { select: ["id", ...TERMS] })
    // Put back exactly the terms this update touches.
    const restore = updates.map((update) => {
      const previous = before.find((rule) => rule.id === update.id) as Record<string, unknown> | undefined
      const row: Record<string, unknown> = { id: update.id }
      for (const key of TERMS) {
        if (key in update) row[key] = previous?.[key] ?? null
      }
      return row
    })
    const updated = await rules.updateQuantityRules(updates)
    return new StepResponse(updated, restore)
  },
  async (restore, { container }) => {
    if (restore?.length) {
      await service(container).updateQuantityRules(restore)
    }
  }
)

/** Soft-deletes the rules; the step's compensation restores exactly these. */
async function softDeleteRules(container: Container, ids: string[]) {
  if (ids.length) {
    await service(container).softDeleteQuantityRules(ids)
  }
  return new StepResponse(ids, ids)
}

async function restoreRules(ids: string[] | undefined, { container }: { container: Container }) {
  if (ids?.length) {
    await service(container).restoreQuantityRules(ids)
  }
}

export const deleteQuantityRulesStep = createStep(
  "b2b-delete-quantity-rules",
  async (ids: string[], { container }) => softDeleteRules(container, ids),
  restoreRules
)

/** Removes every rule aimed at the given companies, variants or products (their targets are gone). */
export const deleteQuantityRulesOfTargetsStep = createStep(
  "b2b-delete-quantity-rules-of-targets",
  async (targets: { company_ids?: string[]; variant_ids?: string[]; product_ids?: string[] }, { container }) => {
    const or: Record<string, string[]>[] = []
    if (targets.company_ids?.length) or.push({ company_id: targets.company_ids })
    if (targets.variant_ids?.length) or.push({ variant_id: targets.variant_ids })
    if (targets.product_ids?.length) or.push({ product_id: targets.product_ids })
    if (!or.length) {
      return new StepResponse([] as string[], [] as string[])
    }
    const rules = await service(container).listQuantityRules({ $or: or }, { select: ["id"] })
    return softDeleteRules(container, rules.map((rule) => rule.id))
  },
  restoreRules
)
