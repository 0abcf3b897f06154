// Debian's headless Chromium driven by playwright-core, with the page's errors collected so a
// scenario fails on any uncaught error and on console errors coming from the plugin's admin code.
import fs from "node:fs"
import path from "node:path"
import { chromium } from "playwright-core"

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium"

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
]

// Where the plugin's admin code is served from by the admin's dev server, and names it renders under.
const OUR_CODE = /\/src\/admin\/|[Cc]ompan(y|ies)|[Ee]mployee|b2b/
// Our API routes: a 5xx from them is a bug whatever the page shows.
const OUR_ROUTES = /\/admin\/(companies|quantity-rules)|\/admin\/customers\/[^/]+\/company/

export async function launchBrowser({ origin, artifactsDir }) {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" or set CHROMIUM_PATH`)
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  const context = await browser.newContext({ baseURL: origin, viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  page.setDefaultTimeout(Number(process.env.E2E_STEP_TIMEOUT_MS || 30_000))

  /** Problems seen since the last `takeProblems()`: they fail the step that was running. */
  let problems = []
  /** Console errors of the admin itself: reported, not failed on. */
  const foreign = []

  page.on("pageerror", (error) => problems.push(`uncaught page error: ${error.message}`))
  page.on("console", (message) => {
    if (message.type() !== "error") {
      return
    }
    const where = message.location()?.url ?? ""
    const text = message.text()
    if (/^Failed to load resource/.test(text)) {
      return // network failures are judged by status below, not by the browser's log line
    }
    if (OUR_CODE.test(where) || OUR_CODE.test(text)) {
      problems.push(`console error: ${text}${where ? ` (${where})` : ""}`)
    } else {
      foreign.push(text)
    }
  })
  /** Every answer of 400 or more and every request that got no answer, for steps that allow none. */
  let failedRequests = []
  page.on("response", (response) => {
    const url = new URL(response.url())
    if (response.status() >= 500 && OUR_ROUTES.test(url.pathname)) {
      problems.push(`${response.request().method()} ${url.pathname} answered ${response.status()}`)
    }
    if (response.status() >= 400) {
      failedRequests.push(`${response.request().method()} ${url.pathname}${url.search} answered ${response.status()}`)
    }
  })
  page.on("requestfailed", (request) => {
    const url = new URL(request.url())
    // A download or a navigation the page itself cancels is no failure of the server.
    if (!/ERR_ABORTED/.test(request.failure()?.errorText ?? "")) {
      failedRequests.push(`${request.method()} ${url.pathname} failed: ${request.failure()?.errorText}`)
    }
  })
  /** Console errors of any origin, for steps that allow none. */
  let allConsoleErrors = []
  page.on("console", (message) => {
    if (message.type() === "error") {
      allConsoleErrors.push(`${message.text()} (${message.location()?.url ?? ""})`)
    }
  })

  fs.mkdirSync(artifactsDir, { recursive: true })
  let shot = 0
  const screenshot = async (name) => {
    shot += 1
    const file = path.join(artifactsDir, `${String(shot).padStart(2, "0")}-${name.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}.png`)
    await page.screenshot({ path: file, fullPage: true })
    return file
  }

  return {
    browser,
    page,
    screenshot,
    takeProblems: () => {
      const seen = problems
      problems = []
      return seen
    },
    foreignErrors: () => foreign,
    /** Failed requests and console errors (any origin) since the last call. */
    takeFailures: () => {
      const seen = { requests: failedRequests, console: allConsoleErrors }
      failedRequests = []
      allConsoleErrors = []
      return seen
    },
    close: () => browser.close(),
  }
}
