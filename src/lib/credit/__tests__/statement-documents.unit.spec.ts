import { parse } from "csv-parse/sync"
import { formatMoney } from "../../documents"
import { pdfText } from "../../../../integration-tests/helpers/pdf-text"
import { buildStatement } from "../statement"
import { statementCsv, statementPdf } from "../statement-documents"

const statement = buildStatement({
  company_id: "comp_1",
  currency_code: "eur",
  from: "2026-11-01",
  to: "2026-11-30",
  opening_balance: "600.05",
  entries: [
    { id: "e3", occurred_at: "2026-11-01T08:00:00Z", type: "charge", direction: "debit", amount: "1250.3", order_id: "order_01", due_at: "2026-12-01T08:00:00Z" },
    { id: "e4", occurred_at: "2026-11-15T09:00:00Z", type: "payment", direction: "credit", amount: "450.1", reference: "SWIFT 7781, «Ромашка»" },
  ],
})

describe("statement documents", () => {
  it("writes one CSV row an entry, with the amounts of the JSON statement", () => {
    const rows = parse(statementCsv(statement), { columns: true }) as Record<string, string>[]
    expect(rows).toHaveLength(2)
    expect(rows.map((row) => [row.date, row.entry_id, row.type, row.debit, row.credit, row.balance])).toEqual([
      ["2026-11-01", "e3", "charge", "1250.30", "0.00", "1850.35"],
      ["2026-11-15", "e4", "payment", "0.00", "450.10", "1400.25"],
    ])
    expect(rows[1].reference).toBe("SWIFT 7781, «Ромашка»")
    expect(rows[0].due_at).toBe("2026-12-01")
    expect(statement.closing_balance).toBe("1400.25")
  })

  it("prints the parties, contract, every amount and both signature blocks in the PDF", async () => {
    const pdf = await statementPdf({
      statement,
      seller: { name: "Großhandel Süd GmbH", tax_id: "DE123456789" },
      buyer: { name: "Romashka", legal_name: "ООО «Ромашка»", tax_id: "7701234567", contract_number: "Д-17/2026", contract_date: "2026-01-15" },
    })
    const text = await pdfText(pdf)
    for (const needle of ["ООО «Ромашка»", "Großhandel Süd GmbH", "Contract No. Д-17/2026 of 15 January 2026", "1 November 2026", "30 November 2026"]) {
      expect(text).toContain(needle)
    }
    for (const amount of [statement.opening_balance, "1250.3", "450.1", statement.total_debit, statement.total_credit, statement.closing_balance]) {
      expect(text).toContain(formatMoney(amount, "eur"))
    }
    expect(text).toContain("€1,400.25")
    expect(text.match(/Signature, name, date/g)).toHaveLength(2)
  })
})
