// `medusa exec` in the wholesale app: the shared store, then wholesale terms at scale — 1,000 companies
// with 100 negotiated prices each (100,000 price rows), the bench buyers as their employees, and lot
// rules in force on every variant the load touches.
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateEntityId, Modules } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../src/modules/company"
import type CompanyModuleService from "../../src/modules/company/service"
import { companyPriceListData } from "../../src/lib/prices"
import { addEmployeeWorkflow, createCompanyWorkflow } from "../../src/workflows/company"
import { createQuantityRulesWorkflow } from "../../src/workflows/quantity-rules"
import type { CreateQuantityRule } from "../../src/workflows/quantity-rules"
import { ensureAdminUser } from "../../seed/accounts"
import { BENCH_PASSWORD, seedBenchStore, storeSummary, writeSeedSummary, type BenchStore } from "./catalog"

export const COMPANY_COUNT = 1000
/** Lot size in force for every buyer on every variant: the load only orders multiples of it. */
export const LOT = 10
const ADMIN = { email: "admin@bench.test", password: BENCH_PASSWORD }
const RULE_BATCH = 250

type BenchCompany = { id: string; price_list_id: string }

const companyName = (i: number) => `Bench company ${String(i + 1).padStart(4, "0")}`
const companyInput = (i: number) => ({
  name: companyName(i),
  email: `purchasing${i + 1}@company.bench.test`,
  country_code: "de",
  currency_code: "eur",
  status: "active" as const,
  min_order_amount: 50,
})

/** Companies someone acts for (bench buyers, the import target) are opened by the plugin's workflow. */
async function openCompanies(container: MedusaContainer, indexes: number[]): Promise<BenchCompany[]> {
  const companies: BenchCompany[] = []
  for (const i of indexes) {
    const { result } = await createCompanyWorkflow(container).run({ input: companyInput(i) })
    companies.push({ id: result.id, price_list_id: result.price_list_id as string })
  }
  return companies
}

/**
 * The other companies are data volume: the same records the workflow writes (customer group, override
 * price list for the group, company pointing at both), written in three bulk calls.
 */
async function bulkCompanies(container: MedusaContainer, indexes: number[]): Promise<BenchCompany[]> {
  const ids = indexes.map(() => generateEntityId(undefined, "comp"))
  const groups = await container.resolve(Modules.CUSTOMER).createCustomerGroups(
    indexes.map((i, k) => ({ name: companyName(i), metadata: { company_id: ids[k] } }))
  )
  const lists = await container.resolve(Modules.PRICING).createPriceLists(
    indexes.map((i, k) => companyPriceListData({ id: ids[k], name: companyName(i) }, groups[k].id))
  )
  await container.resolve<CompanyModuleService>(COMPANY_MODULE).createCompanies(
    indexes.map((i, k) => ({ ...companyInput(i), id: ids[k], customer_group_id: groups[k].id, price_list_id: lists[k].id }))
  )
  return indexes.map((_, k) => ({ id: ids[k], price_list_id: lists[k].id }))
}

const negotiatedShare = (companyIndex: number) => 0.7 + (companyIndex % 20) / 100
const money = (amount: number) => Math.round(amount * 100) / 100

/**
 * 100 prices per company (one per variant, 70–89 % of list). The first company's prices go through the
 * pricing module; every other company gets a copy of those rows with its own list and amounts, inserted
 * in bulk, so the 100,000 rows are exactly what the module writes.
 */
async function addNegotiatedPrices(container: MedusaContainer, store: BenchStore, companies: BenchCompany[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const pricing = container.resolve(Modules.PRICING)
  const variants = store.products.flatMap((p) => p.variants)
  const { data } = await query.graph({
    entity: "variant",
    fields: ["id", "price_set.id"],
    filters: { id: variants.map((v) => v.id) },
  })
  const priceSetOf = new Map((data as any[]).map((v) => [v.id, v.price_set.id as string]))
  const [first, ...others] = companies
  await pricing.addPriceListPrices([
    {
      price_list_id: first.price_list_id,
      prices: variants.map((v) => ({
        price_set_id: priceSetOf.get(v.id)!,
        currency_code: "eur",
        amount: money(v.price * negotiatedShare(0)),
      })),
    },
  ])
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const template: { price_set_id: string }[] = await knex("price")
    .select("price_set_id")
    .where({ price_list_id: first.price_list_id, deleted_at: null })
  const listPrice = new Map(variants.map((v) => [priceSetOf.get(v.id), v.price]))
  const rows = { list: [] as string[], set: [] as string[], amount: [] as string[] }
  others.forEach((company, k) => {
    const share = negotiatedShare(k + 1)
    for (const { price_set_id } of template) {
      rows.list.push(company.price_list_id)
      rows.set.push(price_set_id)
      rows.amount.push(String(money(listPrice.get(price_set_id)! * share)))
    }
  })
  // Every column not set here is copied from the module-written row of the same variant. Ids are made
  // here in the price_ + 26-character form: 100,000 ULIDs from Node's crypto would take seconds.
  await knex.raw(
    `insert into price (id, price_list_id, price_set_id, amount, raw_amount, currency_code, rules_count, title,
       min_quantity, max_quantity, raw_min_quantity, raw_max_quantity, created_at, updated_at)
     select 'price_' || upper(substr(md5(random()::text || r.n::text), 1, 26)), r.list_id, r.set_id, r.amount::numeric, jsonb_build_object('value', r.amount, 'precision', 20),
       t.currency_code, t.rules_count, t.title, t.min_quantity, t.max_quantity, t.raw_min_quantity, t.raw_max_quantity, now(), now()
     from unnest(?::text[], ?::text[], ?::text[]) with ordinality as r(list_id, set_id, amount, n)
     join price t on t.price_set_id = r.set_id and t.price_list_id = ? and t.deleted_at is null`,
    [rows.list, rows.set, rows.amount, first.price_list_id]
  )
  return template.length + rows.list.length
}

/** Every buyer rule on each variant, plus one company rule per company on one of the products. */
async function createLotRules(container: MedusaContainer, store: BenchStore, companies: BenchCompany[]) {
  const rules: CreateQuantityRule[] = [
    ...store.products.flatMap((p) =>
      p.variants.map((v) => ({ variant_id: v.id, min_quantity: LOT, increment: LOT, unit: "pcs" }))
    ),
    ...companies.map((company, i) => ({
      product_id: store.products[i % store.products.length].id,
      company_id: company.id,
      min_quantity: LOT,
      increment: LOT,
      max_quantity: 100_000,
      unit: "pcs",
    })),
  ]
  for (let start = 0; start < rules.length; start += RULE_BATCH) {
    await createQuantityRulesWorkflow(container).run({ input: { quantity_rules: rules.slice(start, start + RULE_BATCH) } })
  }
  return rules.length
}

export default async function seedWholesale({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const timings: Record<string, number> = {}
  const timed = async <T>(name: string, work: () => Promise<T>) => {
    const started = Date.now()
    const result = await work()
    timings[name] = Date.now() - started
    logger.info(`[bench seed] ${name}: ${timings[name]} ms`)
    return result
  }

  const store = await timed("store", () => seedBenchStore(container))
  await timed("admin", () => ensureAdminUser(container, ADMIN))
  // Companies 1–16 are the bench buyers' companies, the last one receives the CSV import; the others
  // are volume. The volume goes in after the employees: creating it sets off the plugin's price-list
  // guard (one check per new list rule), which runs in the background meanwhile.
  const acting = Array.from({ length: store.buyers.length }, (_, i) => i)
  const opened = await timed("acting companies", () => openCompanies(container, [...acting, COMPANY_COUNT - 1]))
  await timed("employees", async () => {
    for (const [i, buyer] of store.buyers.entries()) {
      await addEmployeeWorkflow(container).run({
        input: { company_id: opened[i].id, customer_id: buyer.customer_id, role: "buyer" },
      })
    }
  })
  const volume = Array.from({ length: COMPANY_COUNT - acting.length - 1 }, (_, k) => acting.length + k)
  const bulk = await timed("volume companies", () => bulkCompanies(container, volume))
  const companies = [...opened.slice(0, acting.length), ...bulk, opened[opened.length - 1]]
  const priceRows = await timed("prices", () => addNegotiatedPrices(container, store, companies))
  const ruleCount = await timed("quantity rules", () => createLotRules(container, store, companies))

  writeSeedSummary({
    app: "wholesale",
    ...storeSummary(store),
    admin: ADMIN,
    lot: LOT,
    companies: companies.length,
    price_rows: priceRows,
    quantity_rules: ruleCount,
    buyer_company_ids: companies.slice(0, store.buyers.length).map((c) => c.id),
    // The CSV import goes into a company no bench buyer belongs to.
    import_company_id: companies[companies.length - 1].id,
    timings_ms: timings,
  })
}
