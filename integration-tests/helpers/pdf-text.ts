import { execFile } from "node:child_process"

// pdf-parse loads pdf.js as an ES module with a dynamic import, which jest's module sandbox refuses;
// a plain Node process reads the text instead.
const EXTRACT = `
const { PDFParse } = require("pdf-parse")
const chunks = []
process.stdin.on("data", (chunk) => chunks.push(chunk))
process.stdin.on("end", async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) })
  const { text } = await parser.getText()
  await parser.destroy()
  process.stdout.write(text)
})
`

/** The text a PDF reader extracts from the document, all pages. */
export function pdfText(pdf: Buffer | Uint8Array): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ["-e", EXTRACT], { cwd: process.cwd(), maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`could not read the PDF's text: ${stderr || error.message}`)) : resolve(stdout)
    )
    child.stdin!.end(Buffer.from(pdf))
  })
}
