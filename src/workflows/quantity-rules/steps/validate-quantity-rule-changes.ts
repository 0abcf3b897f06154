import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { quantityRuleProblems, type QuantityRule } from "../../../lib/quantity-rules"
import { QUANTITY_RULE_FIELDS } from "../../../queries/quantity-rules"
import type { CreateQuantityRule, QuantityRuleChanges } from "../types"

type Query = { graph(config: any): Promise<{ data: any[] }> }

const targetKey = (rule: CreateQuantityRule | QuantityRule) =>
  `${rule.variant_id ? `variant:${rule.variant_id}` : `product:${rule.product_id}`}|${rule.company_id ?? ""}`

const describeTarget = (rule: CreateQuantityRule | QuantityRule) =>
  `${rule.variant_id ? `variant ${rule.variant_id}` : `product ${rule.product_id}`} and ${
    rule.company_id ? `company ${rule.company_id}` : "every buyer"
  }`

const withoutUndefined = <T extends object>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>

async function existingIds(query: Query, entity: string, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set()
  const { data } = await query.graph({ entity, fields: ["id"], filters: { id: ids } })
  return new Set(data.map((row) => row.id))
}

/** Every variant, product and company a new rule names must exist; one 400 names all unknown ids. */
async function assertTargetsExist(query: Query, rules: CreateQuantityRule[]) {
  const wanted = {
    variant: [...new Set(rules.map((r) => r.variant_id).filter(Boolean) as string[])],
    product: [...new Set(rules.map((r) => r.product_id).filter(Boolean) as string[])],
    company: [...new Set(rules.map((r) => r.company_id).filter(Boolean) as string[])],
  }
  const [variants, products, companies] = await Promise.all([
    existingIds(query, "variant", wanted.variant),
    existingIds(query, "product", wanted.product),
    existingIds(query, "company", wanted.company),
  ])
  const unknown = [
    ...wanted.variant.filter((id) => !variants.has(id)).map((id) => `variant_id "${id}"`),
    ...wanted.product.filter((id) => !products.has(id)).map((id) => `product_id "${id}"`),
    ...wanted.company.filter((id) => !companies.has(id)).map((id) => `company_id "${id}"`),
  ]
  if (unknown.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown ${unknown.join(", ")}: no such record exists.`)
  }
}

/** One rule per target: refuses a new rule whose target another new or kept rule already has. */
async function assertNoDuplicateTargets(query: Query, rules: CreateQuantityRule[], deleting: Set<string>) {
  if (!rules.length) return
  const seen = new Set<string>()
  for (const rule of rules) {
    const key = targetKey(rule)
    if (seen.has(key)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Two quantity rules for ${describeTarget(rule)} were given; a target has one rule.`
      )
    }
    seen.add(key)
  }
  const variantIds = rules.map((r) => r.variant_id).filter(Boolean) as string[]
  const productIds = rules.map((r) => r.product_id).filter(Boolean) as string[]
  const { data } = await query.graph({
    entity: "quantity_rule",
    fields: [...QUANTITY_RULE_FIELDS],
    filters: {
      $or: [
        ...(variantIds.length ? [{ variant_id: variantIds }] : []),
        ...(productIds.length ? [{ product_id: productIds }] : []),
      ],
    },
  })
  const taken = (data as QuantityRule[]).find((rule) => !deleting.has(rule.id!) && seen.has(targetKey(rule)))
  if (taken) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `A quantity rule for ${describeTarget(taken)} already exists (${taken.id}): update it instead.`
    )
  }
}

/**
 * Checks a set of changes before anything is written: rules that update or delete exist (404),
 * every resulting rule is valid, new rules name existing records and no target gets two rules (400).
 */
export const validateQuantityRuleChangesStep = createStep(
  "b2b-validate-quantity-rule-changes",
  async (changes: QuantityRuleChanges, { container }) => {
    const create = changes.create ?? []
    const update = changes.update ?? []
    const deleting = new Set(changes.delete ?? [])
    const query = container.resolve(ContainerRegistrationKeys.QUERY) as Query

    const ids = [...new Set([...update.map((u) => u.id), ...deleting])]
    const { data: current } = ids.length
      ? await query.graph({ entity: "quantity_rule", fields: [...QUANTITY_RULE_FIELDS], filters: { id: ids } })
      : { data: [] as QuantityRule[] }
    const byId = new Map((current as QuantityRule[]).map((rule) => [rule.id!, rule]))
    const missing = ids.filter((id) => !byId.has(id))
    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Quantity rule ${missing.map((id) => `"${id}"`).join(", ")} was not found.`
      )
    }

    const label = (what: string, index: number, count: number) => (count > 1 ? `${what}[${index}]: ` : "")
    const problems = [
      ...create.flatMap((rule, i) => quantityRuleProblems(rule).map((p) => label("create", i, create.length) + p)),
      ...update.flatMap((patch, i) =>
        quantityRuleProblems({ ...byId.get(patch.id)!, ...withoutUndefined(patch) }).map(
          (p) => label("update", i, update.length) + p
        )
      ),
    ]
    if (problems.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join(" "))
    }

    await assertTargetsExist(query, create)
    await assertNoDuplicateTargets(query, create, deleting)
    return new StepResponse(undefined)
  }
)
