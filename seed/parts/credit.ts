import { updateCompanyWorkflow } from "../../src/workflows/company"
import { recordCompanyChargeWorkflow, recordCompanyPaymentWorkflow } from "../../src/workflows/credit"
import { companyCredit } from "../../src/queries/credit"
import { CREDIT_MODULE } from "../../src/modules/credit"
import type CreditModuleService from "../../src/modules/credit/service"
import type { SeedPart } from "./types"

const DAY = 24 * 60 * 60 * 1000
const daysAgo = (days: number) => new Date(Date.now() - days * DAY)

/** Northwind orders on account (net 30, a limit and a short history); Kleinbau pays in advance. */
export const creditPart: SeedPart = {
  name: "payment terms and account history",
  async run(ctx) {
    const northwind = ctx.companies.get("Northwind Builders")
    const kleinbau = ctx.companies.get("Kleinbau Schmidt")
    if (northwind) {
      await updateCompanyWorkflow(ctx.container).run({
        input: {
          id: northwind,
          payment_terms: "net",
          net_days: 30,
          credit_limit: 5000,
          overdue_hold_days: 30,
          contract_number: "NW-2026/01",
          contract_date: new Date("2026-01-15T00:00:00Z"),
        },
      })
      const credit = ctx.container.resolve<CreditModuleService>(CREDIT_MODULE)
      if (!(await credit.ledgerView(northwind)).length) {
        // one charge paid, one overdue (partly paid), one open: a payment of 700 spread over the first two
        const charges: [number, number, number, string][] = [
          [400, 75, 45, "Invoice 2026-0101"],
          [600, 45, 15, "Invoice 2026-0142"],
          [800, 10, -20, "Invoice 2026-0187"],
        ]
        for (const [amount, ago, dueAgo, reference] of charges) {
          await recordCompanyChargeWorkflow(ctx.container).run({
            input: { company_id: northwind, amount, occurred_at: daysAgo(ago), due_at: daysAgo(dueAgo), reference },
          })
        }
        await recordCompanyPaymentWorkflow(ctx.container).run({
          input: { company_id: northwind, amount: 700, currency_code: "eur", received_at: daysAgo(20), reference: "SEPA transfer from Northwind" },
        })
        ctx.log("Northwind: 3 charges, 1 payment")
      }
    }
    if (kleinbau) {
      await updateCompanyWorkflow(ctx.container).run({ input: { id: kleinbau, payment_terms: "prepaid" } })
    }
    for (const [name, id] of [["Northwind Builders", northwind], ["Kleinbau Schmidt", kleinbau]] as const) {
      if (!id) continue
      const credit = await companyCredit(ctx.container, id)
      const terms =
        credit.payment_terms === "net"
          ? `net ${credit.net_days} days, credit limit ${credit.credit_limit?.toFixed(2)} ${credit.currency_code?.toUpperCase()}, owes ${credit.balance.toFixed(2)} (${credit.overdue_amount.toFixed(2)} overdue), ${credit.available.toFixed(2)} available on account`
          : `${credit.payment_terms} (pays in advance; no ordering on account)`
      ctx.summary.notes.push(`Payment: ${name} ${terms}`)
    }
  },
}
