// One measured round: `amount` requests at a fixed concurrency, driven by autocannon. Each request is
// built by the scenario from a shared counter (so concurrent connections never share a cart), and
// each response is checked by the scenario: a 2xx whose body says the operation failed is an error too.
import autocannon from "autocannon"

/**
 * @param {object} round
 * @param {string} round.baseUrl
 * @param {number} round.connections
 * @param {number} round.amount
 * @param {() => { method: string, path: string, headers?: object, body?: string } | null} round.next the next request (null: no more)
 * @param {(status: number, body: string) => string | null} [round.check] a problem with the response, or null
 * @param {number} [round.timeoutSec]
 */
export async function runRound({ baseUrl, connections, amount, next, check, timeoutSec = 60 }) {
  const samples = []
  const problems = new Map()
  let verdict = null
  const note = (problem) => problems.set(problem, (problems.get(problem) ?? 0) + 1)
  const statusProblem = (status) => (status >= 200 && status < 300 ? null : `HTTP ${status}`)

  const request = {
    setupRequest: (req) => {
      const built = next()
      // Scenario ran out of prepared data: nothing more is sent on this connection.
      if (!built) return null
      return { ...req, ...built, headers: { ...req.headers, ...built.headers } }
    },
    onResponse: (status, body) => {
      verdict = statusProblem(status) ?? check?.(status, body) ?? null
      if (verdict && statusProblem(status)) {
        verdict = `${verdict}: ${summariseBody(body)}`
      }
    },
  }
  const started = process.hrtime.bigint()
  const instance = autocannon({
    url: baseUrl,
    // autocannon refuses more connections than requests
    connections: Math.min(connections, amount),
    amount,
    timeout: timeoutSec,
    requests: [request],
    headers: { "content-type": "application/json" },
  })
  // onResponse runs right before this event for the same response, on the same tick.
  instance.on("response", (_client, _status, _bytes, responseTime) => {
    samples.push({ ms: responseTime, ok: !verdict })
    if (verdict) note(verdict)
    verdict = null
  })
  instance.on("reqError", (error) => note(`request error: ${error.message}`))
  const result = await instance
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6
  const failed = samples.filter((s) => !s.ok).length + result.errors
  return {
    latencies: samples.map((s) => s.ms),
    requests: samples.length,
    failed,
    timeouts: result.timeouts,
    problems: Object.fromEntries(problems),
    elapsedMs,
  }
}

function summariseBody(body) {
  try {
    const parsed = JSON.parse(body)
    return String(parsed.message ?? parsed.type ?? body).slice(0, 200)
  } catch {
    return String(body).slice(0, 200)
  }
}

export function percentile(values, p) {
  if (!values.length) return null
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[rank]
}

/** Merges the rounds of one app at one concurrency into one set of figures. */
export function summariseRounds(rounds) {
  const latencies = rounds.flatMap((r) => r.latencies)
  const elapsedMs = rounds.reduce((sum, r) => sum + r.elapsedMs, 0)
  const problems = {}
  for (const round of rounds) {
    for (const [problem, count] of Object.entries(round.problems)) problems[problem] = (problems[problem] ?? 0) + count
  }
  return {
    requests: latencies.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    rps: elapsedMs ? (latencies.length / elapsedMs) * 1000 : null,
    failed: rounds.reduce((sum, r) => sum + r.failed, 0),
    timeouts: rounds.reduce((sum, r) => sum + r.timeouts, 0),
    problems,
  }
}
