// The bench's output: one markdown table (printed, and pasted into the README) and the same figures as JSON.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"

export const TARGETS = {
  add: { p50: 1.1, p95: 1.15 },
  update: { p50: 1.1, p95: 1.15 },
  complete: { p50: 1.1, p95: 1.15 },
  products: { p50: 1.2, p95: null },
  import: { wall_s: 60, rss_growth_mb: 300 },
}

const ms = (value) => (value === null || value === undefined ? "—" : value >= 100 ? value.toFixed(0) : value.toFixed(1))
const ratio = (a, b) => (a && b ? a / b : null)
const x = (value) => (value === null ? "—" : `${value.toFixed(2)}×`)

export function comparisonRow(scenario, concurrency, a, b) {
  const target = TARGETS[scenario.key]
  const r50 = ratio(a.p50, b.p50)
  const r95 = ratio(a.p95, b.p95)
  const errors = a.failed + b.failed
  const met = errors === 0 && r50 !== null && r50 <= target.p50 && (target.p95 === null || (r95 !== null && r95 <= target.p95))
  return {
    scenario: scenario.title,
    key: scenario.key,
    route: scenario.route,
    concurrency,
    a,
    b,
    ratio_p50: r50,
    ratio_p95: r95,
    target,
    met,
    errors,
  }
}

function targetText(row) {
  const t = row.target
  return `≤ ${t.p50.toFixed(2)}× p50${t.p95 ? `, ≤ ${t.p95.toFixed(2)}× p95` : ""}`
}

export function markdownTable(rows, importResult) {
  const lines = [
    "| scenario | conc. | A p50 / p95 (ms) | B p50 / p95 (ms) | A/B p50 / p95 | req/s A / B | errors A / B | target |",
    "|---|---:|---:|---:|---:|---:|---:|---|",
  ]
  for (const row of rows) {
    const verdict = row.errors ? "**run had errors**" : row.met ? "met" : "**missed**"
    lines.push(
      `| ${row.scenario} | ${row.concurrency} | ${ms(row.a.p50)} / ${ms(row.a.p95)} | ${ms(row.b.p50)} / ${ms(row.b.p95)} | ` +
        `${x(row.ratio_p50)} / ${x(row.ratio_p95)} | ${row.a.rps?.toFixed(1) ?? "—"} / ${row.b.rps?.toFixed(1) ?? "—"} | ` +
        `${row.a.failed} / ${row.b.failed} | ${targetText(row)}: ${verdict} |`
    )
  }
  if (importResult) {
    const t = TARGETS.import
    const wallS = importResult.wall_ms / 1000
    // The time target is for 100,000 rows; a smaller (quick) sheet is held to its share of it.
    const wallTarget = (t.wall_s * importResult.rows) / 100_000
    const met = !importResult.problem && wallS <= wallTarget && importResult.rss_growth_mb <= t.rss_growth_mb
    const verdict = importResult.problem ? "**run had errors**" : met ? "met" : "**missed**"
    lines.push(
      `| CSV import, ${importResult.rows.toLocaleString("en")} price rows (A only) | 1 | ` +
        `${wallS.toFixed(1)} s wall; RSS +${importResult.rss_growth_mb.toFixed(0)} MB (peak ${importResult.rss_peak_mb.toFixed(0)} MB) | — | — | ` +
        `${importResult.rows_per_s ? `${importResult.rows_per_s.toFixed(0)} rows/s` : "—"} | ${importResult.problem ? 1 : 0} / — | ` +
        `≤ ${wallTarget.toFixed(0)} s${importResult.rows === 100_000 ? "" : " (60 s per 100,000 rows)"}, ≤ +${t.rss_growth_mb} MB: ${verdict} |`
    )
  }
  return lines.join("\n")
}

export function problemLines(rows, importResult) {
  const lines = []
  for (const row of rows) {
    for (const [app, figures] of [["A", row.a], ["B", row.b]]) {
      for (const [problem, count] of Object.entries(figures.problems)) {
        lines.push(`- ${row.scenario} (c=${row.concurrency}) ${app}: ${count} × ${problem}`)
      }
    }
  }
  if (importResult?.problem) lines.push(`- CSV import: ${importResult.problem}`)
  return lines
}

export function machine() {
  const cpus = os.cpus()
  return {
    cpu_count: cpus.length,
    cpu_model: cpus[0]?.model ?? "unknown",
    memory_gb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  }
}

/** `<timestamp>.json`, and latest.json / latest.md; an experiment's run keeps its own name and leaves latest alone. */
export function writeResults(dir, result) {
  fs.mkdirSync(dir, { recursive: true })
  const stamp = result.started_at.replace(/[:.]/g, "-")
  const suffix = result.experiments.map((name) => `-${name}`).join("")
  const file = path.join(dir, `${stamp}${suffix}.json`)
  const text = JSON.stringify(result, null, 2) + "\n"
  fs.writeFileSync(file, text)
  if (!suffix) {
    fs.writeFileSync(path.join(dir, "latest.json"), text)
    fs.writeFileSync(path.join(dir, "latest.md"), result.table_markdown + "\n")
  }
  return file
}
