import { Readable } from "node:stream"
import {
  PriceCsvFormatError,
  type PriceCsvBatch,
  priceCsvHeaderProblem,
  priceCsvRecord,
  readPriceCsvBatches,
  readPriceCsvRecord,
  resolvePriceCandidates,
  type PriceCandidate,
  type VariantLookup,
  type VariantRef,
} from ".."

const collect = async (source: Readable | string, size?: number) => {
  const batches: PriceCsvBatch[] = []
  for await (const batch of readPriceCsvBatches(source, size)) {
    batches.push(batch)
  }
  return batches
}

describe("reading a price CSV row", () => {
  const read = (record: Record<string, string>) => readPriceCsvRecord(record, 7)

  it("normalises a good row: currency lower case, amount and bounds as numbers, empty bounds as null", () => {
    expect(read({ sku: " BOLT-M8 ", currency_code: "EUR", amount: "12.50", min_quantity: "10", max_quantity: "" })).toEqual({
      ok: true,
      value: { row: 7, sku: "BOLT-M8", variant_id: null, currency_code: "eur", amount: 12.5, min_quantity: 10, max_quantity: null },
    })
  })

  it.each([
    [{ currency_code: "eur", amount: "1" }, "sku (or variant_id) is empty"],
    [{ sku: "A", currency_code: "", amount: "1" }, "currency_code is empty"],
    [{ sku: "A", currency_code: "eur", amount: "" }, "amount is empty"],
    [{ sku: "A", currency_code: "eur", amount: "12,50" }, 'amount "12,50" is not a number'],
    [{ sku: "A", currency_code: "eur", amount: "abc" }, 'amount "abc" is not a number'],
    [{ sku: "A", currency_code: "eur", amount: "-3" }, "amount -3 is negative"],
    [{ sku: "A", currency_code: "euro", amount: "3" }, 'currency "euro" is not a three-letter currency code'],
    [{ sku: "A", currency_code: "eur", amount: "3", min_quantity: "2.5" }, 'min_quantity "2.5" is not a whole number'],
    [{ sku: "A", currency_code: "eur", amount: "3", min_quantity: "0" }, "min_quantity 0 must be a whole number of at least 1"],
    [{ sku: "A", currency_code: "eur", amount: "3", min_quantity: "10", max_quantity: "5" }, "max_quantity 5 is below min_quantity 10"],
  ])("rejects %j with a reason naming the problem", (record, reason) => {
    const result = read(record as Record<string, string>)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.failure.row).toBe(7)
    expect(!result.ok && result.failure.message).toContain(reason)
  })

  it("accepts variant_id instead of sku", () => {
    const result = read({ variant_id: "variant_1", currency_code: "usd", amount: "0" })
    expect(result).toMatchObject({ ok: true, value: { sku: null, variant_id: "variant_1", amount: 0 } })
  })
})

describe("the CSV header", () => {
  it("needs sku or variant_id, currency_code and amount", () => {
    expect(priceCsvHeaderProblem(["sku", "currency_code", "amount"])).toBeNull()
    expect(priceCsvHeaderProblem(["variant_id", "currency_code", "amount", "min_quantity"])).toBeNull()
    expect(priceCsvHeaderProblem(["currency_code", "price"])).toMatch(/missing: sku \(or variant_id\), amount/)
  })
})

describe("resolving rows to variants", () => {
  const bolt: VariantRef = { id: "variant_bolt", sku: "BOLT" }
  const nut: VariantRef = { id: "variant_nut", sku: null }
  const lookup: VariantLookup = {
    bySku: new Map([["BOLT", bolt]]),
    byId: new Map([
      [bolt.id, bolt],
      [nut.id, nut],
    ]),
  }
  const candidate = (row: number, fields: Partial<PriceCandidate>): PriceCandidate => ({
    row,
    sku: null,
    variant_id: null,
    currency_code: "eur",
    amount: 10,
    min_quantity: null,
    max_quantity: null,
    ...fields,
  })

  it("keeps known rows and reports unknown SKUs, foreign currencies, mismatched ids and duplicates by row", () => {
    const seen = new Map<string, number>([["variant_bolt|eur|100", 3]])
    const { rows, failed } = resolvePriceCandidates(
      [
        candidate(4, { sku: "BOLT" }),
        candidate(5, { variant_id: "variant_nut", min_quantity: 10 }),
        candidate(6, { sku: "NOPE" }),
        candidate(7, { sku: "BOLT", currency_code: "jpy" }),
        candidate(8, { sku: "OTHER", variant_id: "variant_bolt" }),
        candidate(9, { variant_id: "variant_bolt", amount: 9 }),
        candidate(10, { sku: "BOLT", min_quantity: 100 }),
      ],
      lookup,
      new Set(["eur", "usd"]),
      seen
    )
    expect(rows.map((r) => [r.row, r.variant_id, r.min_quantity])).toEqual([
      [4, "variant_bolt", null],
      [5, "variant_nut", 10],
    ])
    expect(failed).toEqual([
      { row: 6, message: 'unknown SKU "NOPE"' },
      { row: 7, message: 'currency "jpy" is not one of the store\'s currencies (eur, usd)' },
      { row: 8, message: 'sku "OTHER" does not match variant variant_bolt, whose SKU is "BOLT"' },
      { row: 9, message: "duplicate row: SKU BOLT in EUR without a minimum quantity is already given in row 4" },
      { row: 10, message: "duplicate row: SKU BOLT in EUR from quantity 100 is already given in row 3" },
    ])
    expect(seen.get("variant_nut|eur|10")).toBe(5)
  })
})

describe("streaming a CSV in batches", () => {
  const header = "sku,currency_code,amount,min_quantity,max_quantity\n"

  it("numbers rows as a spreadsheet does and yields batches of the given size", async () => {
    const body = Array.from({ length: 7 }, (_, i) => `SKU-${i},eur,${i + 1},,`).join("\n")
    const batches = await collect(header + body, 3)
    expect(batches.map((b) => b.candidates.length)).toEqual([3, 3, 1])
    expect(batches.flatMap((b) => b.candidates.map((c) => c.row))).toEqual([2, 3, 4, 5, 6, 7, 8])
  })

  it("reads the file lazily: a batch is produced before the rest of the file exists", async () => {
    const chunks = [header, "A,eur,1,,\nB,eur,2,,\n", "C,eur,3,,\n"]
    let pulled = 0
    const source = Readable.from(
      (function* () {
        for (const chunk of chunks) {
          pulled += 1
          yield chunk
        }
      })()
    )
    const iterator = readPriceCsvBatches(source, 2)
    const first = await iterator.next()
    expect(first.value?.candidates.map((c: PriceCandidate) => c.sku)).toEqual(["A", "B"])
    expect(pulled).toBeLessThan(chunks.length + 1)
    const rest: (string | null)[] = []
    for await (const batch of { [Symbol.asyncIterator]: () => iterator }) {
      rest.push(...batch.candidates.map((c) => c.sku))
    }
    expect(rest).toEqual(["C"])
  })

  it("accepts a byte-order mark, header case and blank lines", async () => {
    const [batch] = await collect("\uFEFFSKU, Currency_Code ,AMOUNT\n\nA,EUR,1\n")
    expect(batch.candidates).toEqual([expect.objectContaining({ row: 3, sku: "A", currency_code: "eur" })])
  })

  it("refuses a file without the needed columns, and an empty file", async () => {
    await expect(collect("name,price\nA,1\n")).rejects.toThrow(PriceCsvFormatError)
    await expect(collect("")).rejects.toThrow(/empty/)
  })

  it("reports a row of broken CSV syntax by its row and keeps reading the others", async () => {
    const batches = await collect(header + 'A,eur,1,,\nB,eur,x"2,,\nC,eur,3,,\n')
    expect(batches.flatMap((b) => b.candidates.map((c) => c.sku))).toEqual(["A", "C"])
    expect(batches.flatMap((b) => b.failed)).toEqual([
      { row: 3, message: expect.stringMatching(/^this row is not valid CSV: Invalid Opening Quote/) },
    ])
  })

  it("keeps the rows before a quote that is never closed", async () => {
    const batches = await collect(header + 'A,eur,1,,\nB,eur,"2,,\nC,eur,3,,\n')
    expect(batches.flatMap((b) => b.candidates.map((c) => c.sku))).toEqual(["A"])
    expect(batches.flatMap((b) => b.failed)).toEqual([{ row: expect.any(Number), message: expect.stringMatching(/Quote Not Closed/) }])
  })
})

describe("exporting a price row", () => {
  it("writes a record that reads back to the same terms", () => {
    const record = priceCsvRecord({
      id: "price_1",
      variant_id: "variant_1",
      sku: "BOLT",
      product_title: "Bolt",
      variant_title: "M8",
      currency_code: "eur",
      amount: 0.35,
      min_quantity: 100,
      max_quantity: null,
    })
    expect(record).toEqual({
      sku: "BOLT",
      currency_code: "eur",
      amount: "0.35",
      min_quantity: "100",
      max_quantity: "",
      variant_id: "variant_1",
      product_title: "Bolt",
      variant_title: "M8",
    })
    expect(readPriceCsvRecord(record, 2)).toEqual({
      ok: true,
      value: { row: 2, sku: "BOLT", variant_id: "variant_1", currency_code: "eur", amount: 0.35, min_quantity: 100, max_quantity: null },
    })
  })
})
