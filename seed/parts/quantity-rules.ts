// The demo's minimum lots: goods sold by the box, the metre and the bag for every buyer, and the
// key account's own, smaller lot on bolts. A rule already there (maybe edited in the admin) is kept.
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createQuantityRulesWorkflow } from "../../src/workflows/quantity-rules"
import type { CreateQuantityRule } from "../../src/workflows/quantity-rules"
import { companyIdByName, productByHandle, variantBySku } from "./lookups"
import type { SeedContext, SeedPart } from "./types"

type DemoRule = ({ product: string } | { sku: string }) & {
  company?: string
  min_quantity: number
  increment: number
  max_quantity?: number
  unit: string
}

export const DEMO_QUANTITY_RULES: DemoRule[] = [
  { product: "hex-bolt-din933", min_quantity: 5, increment: 5, unit: "boxes" },
  { product: "cable-nym-j", min_quantity: 50, increment: 10, unit: "m" },
  // The 5-core cable comes on 50 m drums: its own rule beats the product's.
  { sku: "CAB-NYM-5x25-M", min_quantity: 100, increment: 50, unit: "m" },
  { product: "portland-cement", min_quantity: 10, increment: 10, max_quantity: 400, unit: "bags" },
  { product: "hex-bolt-din933", company: "Northwind Builders", min_quantity: 2, increment: 2, unit: "boxes" },
]

type StoredRule = Required<Pick<CreateQuantityRule, "variant_id" | "product_id" | "company_id">> & {
  min_quantity: number
  increment: number
  max_quantity: number | null
  unit: string | null
}

const targetKey = (rule: Pick<CreateQuantityRule, "variant_id" | "product_id" | "company_id">) =>
  `${rule.variant_id ?? ""}|${rule.product_id ?? ""}|${rule.company_id ?? ""}`

function toCreateRule(ctx: SeedContext, rule: DemoRule): CreateQuantityRule {
  const target =
    "sku" in rule ? { variant_id: variantBySku(ctx, rule.sku).id } : { product_id: productByHandle(ctx, rule.product).id }
  return {
    ...target,
    company_id: rule.company ? companyIdByName(ctx, rule.company) : null,
    min_quantity: rule.min_quantity,
    increment: rule.increment,
    max_quantity: rule.max_quantity ?? null,
    unit: rule.unit,
  }
}

/** The rules stored on the demo's targets, whoever wrote them. */
async function storedRules(ctx: SeedContext, rules: CreateQuantityRule[]): Promise<StoredRule[]> {
  const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "quantity_rule",
    fields: ["variant_id", "product_id", "company_id", "min_quantity", "increment", "max_quantity", "unit"],
    filters: {
      $or: [
        { product_id: rules.flatMap((r) => (r.product_id ? [r.product_id] : [])) },
        { variant_id: rules.flatMap((r) => (r.variant_id ? [r.variant_id] : [])) },
      ],
    } as any,
  })
  return data as StoredRule[]
}

/** "cable-nym-j 50+ m in steps of 10", as the rule stands in the database. */
function describeRule(ctx: SeedContext, rule: StoredRule): string {
  const target =
    ctx.products.find((p) => p.id === rule.product_id)?.handle ??
    ctx.products.flatMap((p) => p.variants).find((v) => v.id === rule.variant_id)?.sku
  const company = [...ctx.companies].find(([, id]) => id === rule.company_id)?.[0]
  const range = rule.max_quantity ? `${rule.min_quantity}–${rule.max_quantity}` : `${rule.min_quantity}+`
  return `${target}${company ? ` for ${company}` : ""} ${range}${rule.unit ? ` ${rule.unit}` : ""} in steps of ${rule.increment}`
}

export const quantityRulesPart: SeedPart = {
  name: "quantity rules and minimum order",
  async run(ctx) {
    const rules = DEMO_QUANTITY_RULES.map((rule) => toCreateRule(ctx, rule))
    const existing = new Set((await storedRules(ctx, rules)).map(targetKey))
    const missing = rules.filter((rule) => !existing.has(targetKey(rule)))
    if (missing.length) {
      await createQuantityRulesWorkflow(ctx.container).run({ input: { quantity_rules: missing } })
    }
    ctx.log(`${rules.length} rules (${missing.length} created, ${rules.length - missing.length} kept)`)
    const stored = new Map((await storedRules(ctx, rules)).map((rule) => [targetKey(rule), rule]))
    for (const rule of rules) {
      const current = stored.get(targetKey(rule))
      if (current) ctx.summary.notes.push(`Lot: ${describeRule(ctx, current)}`)
    }

    // The minimum order is a company term, set when the companies part creates the company.
    const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "company",
      fields: ["name", "min_order_amount", "currency_code"],
      filters: { id: [...ctx.companies.values()] },
    })
    for (const company of data as { name: string; min_order_amount: unknown; currency_code: string | null }[]) {
      if (company.min_order_amount === null || company.min_order_amount === undefined) continue
      const amount = `${Number(company.min_order_amount)} ${(company.currency_code ?? "").toUpperCase()}`.trim()
      ctx.log(`${company.name}: minimum order ${amount}`)
      ctx.summary.notes.push(`Minimum order: ${company.name} ${amount}`)
    }
  },
}
