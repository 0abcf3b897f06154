import type { Content } from "pdfmake/interfaces"
import { dataTable, documentPage, formatDate, formatMoney, partyColumns, plainAmount, renderPdf, signatureBlocks, summaryLines, toCsv, type DocumentParty, type Seller } from "../documents"
import type { Statement, StatementLine } from "./statement"

const TYPE_LABELS: Record<StatementLine["type"], string> = {
  charge: "Charge",
  payment: "Payment",
  credit_note: "Credit note",
  adjustment: "Adjustment",
}

/** The company as it is named on the statement, with its contract if it has one. */
export interface StatementBuyer {
  name: string
  legal_name?: string | null
  tax_id?: string | null
  address?: string | null
  contract_number?: string | null
  contract_date?: Date | string | null
}

/** One CSV line per entry: date, type, order, reference, note, debit, credit and the balance after it. */
export function statementCsv(statement: Statement): string {
  const money = (value: string) => plainAmount(value, statement.currency_code)
  return toCsv<StatementLine>(
    [
      { header: "date", value: (line) => line.date },
      { header: "entry_id", value: (line) => line.id },
      { header: "type", value: (line) => line.type },
      { header: "order_id", value: (line) => line.order_id },
      { header: "reference", value: (line) => line.reference },
      { header: "note", value: (line) => line.note },
      { header: "due_at", value: (line) => (line.due_at ? line.due_at.slice(0, 10) : null) },
      { header: "currency_code", value: () => statement.currency_code },
      { header: "debit", value: (line) => money(line.debit) },
      { header: "credit", value: (line) => money(line.credit) },
      { header: "balance", value: (line) => money(line.balance) },
    ],
    statement.entries
  )
}

/** A file name for the statement: `statement-<company>-<from>-<to>.<ext>`. */
export function statementFileName(statement: Statement, extension: "csv" | "pdf"): string {
  return `statement-${statement.company_id}-${statement.from}-${statement.to}.${extension}`
}

export interface StatementPdfInput {
  statement: Statement
  seller: Seller
  buyer: StatementBuyer
  locale?: string
}

/** The reconciliation statement both sides sign: parties, contract, entries, totals and two signature blocks. */
export function statementPdf({ statement, seller, buyer, locale }: StatementPdfInput): Promise<Buffer> {
  const money = (value: string) => formatMoney(value, statement.currency_code, locale)
  const day = (value: string) => formatDate(value, locale)
  const sellerParty: DocumentParty = { role: "Seller", ...seller }
  const buyerParty: DocumentParty = {
    role: "Buyer",
    name: buyer.legal_name || buyer.name,
    legal_address: buyer.address,
    tax_id: buyer.tax_id,
  }
  const contract = buyer.contract_number
    ? `Contract No. ${buyer.contract_number}${buyer.contract_date ? ` of ${day(String(buyer.contract_date))}` : ""}`
    : null

  const content: Content[] = [
    partyColumns([sellerParty, buyerParty]),
    ...(contract ? [{ text: contract, margin: [0, 0, 0, 8] } as Content] : []),
    {
      text: `We, the undersigned, have reconciled the mutual settlements between ${sellerParty.name ?? "the seller"} and ${buyerParty.name} for the period from ${day(statement.from)} to ${day(statement.to)}, in ${statement.currency_code.toUpperCase()}, as follows.`,
      margin: [0, 0, 0, 10],
    },
    summaryLines([["Opening balance (owed by the buyer)", money(statement.opening_balance)]]),
    statement.entries.length
      ? dataTable<StatementLine>(
          [
            { header: "Date", value: (line) => day(line.date) },
            { header: "Document", width: "*", value: (line) => [TYPE_LABELS[line.type], line.reference, line.order_id ? `order ${line.order_id}` : null, line.note].filter(Boolean).join(" · ") },
            { header: "Debit", align: "right", value: (line) => (line.direction === "debit" ? money(line.debit) : "") },
            { header: "Credit", align: "right", value: (line) => (line.direction === "credit" ? money(line.credit) : "") },
            { header: "Balance", align: "right", value: (line) => money(line.balance) },
          ],
          statement.entries,
          [["", "Turnover for the period", money(statement.total_debit), money(statement.total_credit), ""]]
        )
      : { text: "No entries in this period.", italics: true, margin: [0, 0, 0, 12] },
    summaryLines([
      ["Total debit", money(statement.total_debit)],
      ["Total credit", money(statement.total_credit)],
      ["Closing balance (owed by the buyer)", money(statement.closing_balance)],
    ]),
    signatureBlocks([sellerParty, buyerParty]),
  ]

  return renderPdf(
    documentPage({
      title: "Statement of account (reconciliation statement)",
      subtitle: `${day(statement.from)} – ${day(statement.to)}`,
      seller,
      content,
    })
  )
}
