import { dataTable, documentPage, formatDate, formatMoney, partyColumns, plainAmount, renderPdf, signatureBlocks, summaryLines, toCsv } from ".."
import { pdfText } from "../../../../integration-tests/helpers/pdf-text"

const seller = { name: "Großhandel Süd GmbH", legal_address: "Hauptstraße 1, 80331 München", tax_id: "DE123456789", bank_details: "IBAN DE02 1203 0000 0000 2020 51" }
const cyrillicBuyer = "ООО «Ромашка» Щёлково"
const accentedBuyer = "Dvořák & Łukasiewicz Ñandú Çelik"

describe("documents", () => {
  it("prints Cyrillic and accented Latin names as text a reader can extract", async () => {
    const pdf = await renderPdf(
      documentPage({
        title: "Test document",
        subtitle: "1 – 31 December 2026",
        seller,
        content: [
          partyColumns([
            { role: "Seller", name: seller.name, tax_id: seller.tax_id },
            { role: "Buyer", name: cyrillicBuyer },
          ]),
          dataTable(
            [
              { header: "Item", width: "*", value: (row: { name: string; total: string }) => row.name },
              { header: "Total", align: "right", value: (row) => row.total },
            ],
            [
              { name: accentedBuyer, total: formatMoney("1234.5", "eur") },
              { name: "Гвозди строительные", total: formatMoney("10", "eur") },
            ],
            [["Sum", formatMoney("1244.5", "eur")]]
          ),
          summaryLines([["Closing balance", formatMoney("1244.5", "eur")]]),
          signatureBlocks([{ role: "Seller", name: seller.name }, { role: "Buyer", name: cyrillicBuyer }]),
        ],
      })
    )
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
    const text = await pdfText(pdf)
    expect(text).toContain(cyrillicBuyer)
    expect(text).toContain(accentedBuyer)
    expect(text).toContain("Гвозди строительные")
    expect(text).toContain("Großhandel Süd GmbH")
    expect(text).toContain("Tax ID: DE123456789")
    expect(text).toContain("€1,234.50")
    expect(text).toContain("€1,244.50")
    expect(text).toContain("Signature, name, date")
  })

  it("formats money from big numbers per currency, without float error", () => {
    expect(formatMoney("1234.5", "eur")).toBe("€1,234.50")
    expect(formatMoney("0.1", "usd", "en-US")).toBe("$0.10")
    expect(formatMoney("1500", "jpy", "en-US")).toBe("¥1,500")
    expect(formatMoney("1.2345", "kwd", "en-US").replace(/\s/g, " ")).toBe("KWD 1.235")
    expect(formatMoney("123456789012345678.99", "eur")).toBe("€123,456,789,012,345,678.99")
    expect(formatMoney("1234.5", "rub", "ru-RU").replace(/\s/g, " ")).toBe("1 234,50 ₽")
    expect(formatMoney({ value: "0.005", precision: 20 }, "eur")).toBe("€0.01")
    expect(plainAmount("-1234.5", "eur")).toBe("-1234.50")
  })

  it("formats dates by their UTC calendar day", () => {
    expect(formatDate("2026-12-02")).toBe("2 December 2026")
    expect(formatDate(new Date("2026-12-31T23:30:00Z"), "en-US")).toBe("December 31, 2026")
    expect(formatDate(null)).toBe("")
  })

  it("writes CSV with a header line, quoting what needs it", () => {
    const csv = toCsv(
      [
        { header: "name", value: (row: { name: string; amount: string | null }) => row.name },
        { header: "amount", value: (row) => row.amount },
      ],
      [
        { name: 'ООО "Ромашка", Москва', amount: "10.00" },
        { name: "Müller", amount: null },
      ]
    )
    expect(csv).toBe('name,amount\r\n"ООО ""Ромашка"", Москва",10.00\r\nMüller,\r\n')
  })
})
