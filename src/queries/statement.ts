import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { buildStatement, endOfDay, startOfDay, type Statement, type StatementSourceEntry } from "../lib/credit/statement"
import type { StatementBuyer } from "../lib/credit/statement-documents"
import { retrieveCompany } from "./company"
import { exactAmount } from "./receivables"

const BUYER_FIELDS = [
  "id", "name", "legal_name", "tax_id", "address_1", "address_2", "postal_code", "city", "province", "country_code",
  "currency_code", "contract_number", "contract_date",
]

type CompanyRecord = {
  id: string
  name: string
  legal_name: string | null
  tax_id: string | null
  address_1: string | null
  address_2: string | null
  postal_code: string | null
  city: string | null
  province: string | null
  country_code: string | null
  currency_code: string | null
  contract_number: string | null
  contract_date: Date | string | null
}

const addressOf = (company: CompanyRecord) =>
  [company.address_1, company.address_2, [company.postal_code, company.city].filter(Boolean).join(" "), company.province, company.country_code?.toUpperCase()]
    .filter((part) => part && String(part).trim())
    .join(", ") || null

/**
 * The company's statement of account for the days `from`…`to` (both included, UTC): the opening balance is
 * summed in PostgreSQL from the booked entries before `from`, and only the period's entries are read.
 * A missing company answers 404.
 */
export async function loadCompanyStatement(
  scope: MedusaContainer,
  companyId: string,
  period: { from: string; to: string }
): Promise<{ statement: Statement; buyer: StatementBuyer }> {
  const company = (await retrieveCompany(scope, companyId, BUYER_FIELDS)) as CompanyRecord
  const knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const start = startOfDay(period.from)
  const end = endOfDay(period.to)

  const [account] = (await knex("credit_account").select("currency_code").where({ company_id: companyId }).whereNull("deleted_at").limit(1)) as {
    currency_code: string
  }[]
  const booked = knex("credit_ledger_entry as e")
    .where("e.company_id", companyId)
    .whereNull("e.deleted_at")
    .whereRaw("NOT (e.type = 'charge' AND e.state IS NOT DISTINCT FROM 'pending')")
  const [{ opening }] = (await booked
    .clone()
    .where("e.occurred_at", "<", start)
    .select(knex.raw(`COALESCE(SUM(CASE WHEN e.direction = 'debit' THEN ${exactAmount("e")} ELSE -${exactAmount("e")} END), 0)::text AS opening`))) as { opening: string }[]
  const entries = (await booked
    .clone()
    .where("e.occurred_at", ">=", start)
    .where("e.occurred_at", "<", end)
    .select("e.id", "e.type", "e.direction", knex.raw(`${exactAmount("e")}::text AS amount`), "e.occurred_at", "e.order_id", "e.reference", "e.note", "e.due_at", "e.state")
    .orderBy([{ column: "e.occurred_at" }, { column: "e.id" }])) as StatementSourceEntry[]

  const statement = buildStatement({
    company_id: companyId,
    currency_code: account?.currency_code ?? company.currency_code ?? "",
    from: period.from,
    to: period.to,
    opening_balance: opening,
    entries: entries.map((entry) => ({ ...entry, amount: String(entry.amount) })),
  })
  return {
    statement,
    buyer: {
      name: company.name,
      legal_name: company.legal_name,
      tax_id: company.tax_id,
      address: addressOf(company),
      contract_number: company.contract_number,
      contract_date: company.contract_date,
    },
  }
}
