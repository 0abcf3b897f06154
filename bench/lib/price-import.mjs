// Scenario 5 (wholesale app only): a 100,000-row price sheet imported into one company as a
// multipart file, timed end to end, with the server's resident memory sampled from /proc meanwhile.
import fs from "node:fs"
import path from "node:path"

/**
 * The price sheet: every variant (sorted by SKU, as a sheet usually is) at `tiers` volume tiers
 * (1,000 × 100 variants = 100,000 rows in a full run).
 * The first tier of each variant has no minimum quantity, so it updates the company's seeded price;
 * the others are new rows.
 */
export function writePriceSheet(file, variants, tiers) {
  const lines = ["sku,currency_code,amount,min_quantity,max_quantity"]
  for (const variant of [...variants].sort((a, b) => a.sku.localeCompare(b.sku))) {
    for (let t = 0; t < tiers; t++) {
      const amount = Math.max(0.01, variant.price * (0.8 - t * 0.0002)).toFixed(2)
      lines.push(`${variant.sku},eur,${amount},${t === 0 ? "" : t * 10},`)
    }
  }
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, lines.join("\n") + "\n")
  return lines.length - 1
}

function memoryOf(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8")
  const kb = (key) => Number(status.match(new RegExp(`^${key}:\\s+(\\d+) kB`, "m"))?.[1] ?? NaN)
  return { rss: kb("VmRSS") * 1024, hwm: kb("VmHWM") * 1024 }
}

/** Resets the kernel's peak-RSS mark of the process, so VmHWM afterwards is the peak of what follows. */
function resetPeak(pid) {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, "5")
    return true
  } catch {
    return false
  }
}

export async function runPriceImport({ baseUrl, adminToken, companyId, file, rows, pid }) {
  const before = memoryOf(pid)
  const peakReset = resetPeak(pid)
  let sampledPeak = before.rss
  const sampler = setInterval(() => {
    try {
      sampledPeak = Math.max(sampledPeak, memoryOf(pid).rss)
    } catch {
      // the process is gone; the request fails and says so
    }
  }, 50)

  const form = new FormData()
  form.append("file", new Blob([fs.readFileSync(file)], { type: "text/csv" }), path.basename(file))
  const started = process.hrtime.bigint()
  let status = 0
  let body = null
  let problem = null
  try {
    const response = await fetch(`${baseUrl}/admin/companies/${companyId}/prices/import`, {
      method: "POST",
      headers: { authorization: `Bearer ${adminToken}` },
      body: form,
      signal: AbortSignal.timeout(600_000),
    })
    status = response.status
    const text = await response.text()
    try {
      body = JSON.parse(text)
    } catch {
      body = { message: text.slice(0, 300) }
    }
  } catch (error) {
    problem = `request failed: ${error.message}`
  } finally {
    clearInterval(sampler)
  }
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6
  let after = before
  try {
    after = memoryOf(pid)
  } catch {
    // reported through the problem below
  }
  const peak = Math.max(sampledPeak, peakReset ? after.hwm : 0)

  if (!problem && status === 404) {
    problem = `the import route answered 404 (${body?.message ?? "not found"}): is POST /admin/companies/:id/prices/import in this build?`
  } else if (!problem && (status < 200 || status >= 300)) {
    problem = `HTTP ${status}: ${body?.message ?? ""}`
  } else if (!problem) {
    const written = Number(body?.created ?? 0) + Number(body?.updated ?? 0)
    const failed = Array.isArray(body?.failed) ? body.failed.length : 0
    if (written !== rows || failed) {
      problem = `${written} of ${rows} rows written, ${failed} failed${failed ? ` (first: row ${body.failed[0].row}: ${body.failed[0].message})` : ""}`
    }
  }
  return {
    rows,
    wall_ms: wallMs,
    rows_per_s: problem ? null : (rows / wallMs) * 1000,
    created: body?.created ?? null,
    updated: body?.updated ?? null,
    failed: Array.isArray(body?.failed) ? body.failed.length : null,
    rss_before_mb: before.rss / 2 ** 20,
    rss_peak_mb: peak / 2 ** 20,
    rss_growth_mb: (peak - before.rss) / 2 ** 20,
    peak_from: peakReset ? "VmHWM after reset, and VmRSS sampled every 50 ms" : "VmRSS sampled every 50 ms",
    problem,
  }
}
