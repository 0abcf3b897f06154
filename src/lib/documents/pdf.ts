import pdfmake from "pdfmake"
import type { Content, ContentTable, TDocumentDefinitions } from "pdfmake/interfaces"
import type { PluginOptions } from "../plugin-options"
import { DOCUMENT_FONT, DOCUMENT_FONTS, FONT_FILES } from "./fonts"

export type Seller = PluginOptions["seller"]

/** A side of a document: the seller, or the company it is made out to. */
export interface DocumentParty {
  role: string
  name?: string | null
  legal_address?: string | null
  tax_id?: string | null
  bank_details?: string | null
}

let configured = false

function configure() {
  if (configured) return
  pdfmake.addFonts(DOCUMENT_FONTS)
  // Documents are built from our own data only: no downloads, and no file read but the fonts.
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy((path) => FONT_FILES.has(path))
  configured = true
}

/** The PDF bytes of a document definition. */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  configure()
  return pdfmake.createPdf(definition).getBuffer()
}

export interface DocumentPage {
  title: string
  /** A line under the title (e.g. the period or the document's number and date). */
  subtitle?: string
  seller: Seller
  content: Content[]
}

/** An A4 page with the seller's legal details on top, the title, the content and page numbers in the footer. */
export function documentPage({ title, subtitle, seller, content }: DocumentPage): TDocumentDefinitions {
  return {
    pageSize: "A4",
    pageMargins: [40, 40, 40, 50],
    info: { title, author: seller.name ?? undefined },
    defaultStyle: { font: DOCUMENT_FONT, fontSize: 9 },
    styles: {
      title: { fontSize: 15, bold: true, margin: [0, 12, 0, 2] },
      subtitle: { fontSize: 10, color: "#555555", margin: [0, 0, 0, 12] },
      label: { color: "#555555", fontSize: 8 },
      partyName: { bold: true, fontSize: 10 },
      tableHeader: { bold: true, fillColor: "#f1f1f1" },
      total: { bold: true },
    },
    content: [
      sellerHeader(seller),
      { text: title, style: "title" },
      ...(subtitle ? [{ text: subtitle, style: "subtitle" } as Content] : []),
      ...content,
    ],
    footer: (current, count) => ({ text: `${current} / ${count}`, alignment: "right", margin: [40, 10, 40, 0], fontSize: 8 }),
  }
}

/** The seller's name and legal details, as the letterhead of every document. */
export function sellerHeader(seller: Seller): Content {
  const details = [seller.legal_address, seller.tax_id ? `Tax ID: ${seller.tax_id}` : null, seller.bank_details]
  return {
    stack: [
      { text: seller.name ?? "", style: "partyName" },
      ...details.filter((line): line is string => !!line).map((line) => ({ text: line, style: "label" })),
    ],
  }
}

/** The two sides of a document next to each other (seller and buyer), each with its legal details. */
export function partyColumns(parties: DocumentParty[]): Content {
  return {
    columns: parties.map((party) => ({
      width: "*",
      stack: [
        { text: party.role, style: "label" },
        { text: party.name ?? "", style: "partyName" },
        ...[party.legal_address, party.tax_id ? `Tax ID: ${party.tax_id}` : null, party.bank_details]
          .filter((line): line is string => !!line)
          .map((line) => ({ text: line })),
      ],
    })),
    columnGap: 20,
    margin: [0, 0, 0, 12],
  }
}

export interface TableColumn<Row> {
  header: string
  width?: number | "*" | "auto"
  align?: "left" | "right" | "center"
  value: (row: Row) => string
}

/** A table with a shaded header line repeated on every page, and optional footer lines (totals). */
export function dataTable<Row>(columns: TableColumn<Row>[], rows: Row[], footer: string[][] = []): ContentTable {
  const cell = (text: string, column: TableColumn<Row>, style?: string) => ({ text, alignment: column.align ?? "left", style })
  return {
    table: {
      headerRows: 1,
      widths: columns.map((column) => column.width ?? "auto"),
      body: [
        columns.map((column) => cell(column.header, column, "tableHeader")),
        ...rows.map((row) => columns.map((column) => cell(column.value(row), column))),
        ...footer.map((line) => columns.map((column, index) => cell(line[index] ?? "", column, "total"))),
      ],
    },
    layout: "lightHorizontalLines",
    margin: [0, 0, 0, 12],
  }
}

/** Label and value lines (e.g. opening and closing balance), values aligned right. */
export function summaryLines(lines: [string, string][]): Content {
  return {
    table: {
      widths: ["*", "auto"],
      body: lines.map(([label, value]) => [{ text: label }, { text: value, alignment: "right", bold: true }]),
    },
    layout: "noBorders",
    margin: [0, 0, 0, 12],
  }
}

/** Where each side signs: its role and name, a line for the signature, and the signer's name and date. */
export function signatureBlocks(parties: DocumentParty[]): Content {
  return {
    columns: parties.map((party) => ({
      width: "*",
      stack: [
        { text: party.role, style: "label" },
        { text: party.name ?? "", style: "partyName", margin: [0, 0, 0, 28] },
        { canvas: [{ type: "line", x1: 0, y1: 0, x2: 200, y2: 0, lineWidth: 0.5 }] },
        { text: "Signature, name, date", style: "label", margin: [0, 2, 0, 0] },
      ],
    })),
    columnGap: 30,
    margin: [0, 24, 0, 0],
    unbreakable: true,
  }
}
