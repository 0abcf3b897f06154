// What `npm run demo` prints once the server is healthy: where things are, who can log in, and
// copy-paste commands that exercise the plugin (each one tried once here, its status shown).

const bold = (s) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s)
const dim = (s) => (process.stdout.isTTY ? `\x1b[2m${s}\x1b[0m` : s)

async function tryRequest(url, init) {
  try {
    const res = await fetch(url, init)
    const body = await res.json().catch(() => ({}))
    return { status: res.status, body }
  } catch (error) {
    return { status: `no answer (${error.message})`, body: {} }
  }
}

export async function printBanner({ port, summary, database, dbName }) {
  const base = `http://localhost:${port}`
  const key = summary.publishable_key
  const buyer = summary.buyers.find((b) => b.label.startsWith("buyer ")) ?? summary.buyers[0]
  const variants = summary.sample_variant_ids.map((id) => `variant_id[]=${id}`).join("&")
  const storeHeaders = `-H "x-publishable-api-key: ${key}" -H "Authorization: Bearer $TOKEN"`
  const productsPath = `/store/products?region_id=${summary.region_id}&limit=3&fields=title,variants.sku,*variants.calculated_price`
  const rulesPath = `/store/quantity-rules?${variants}`

  // The same requests the commands below make, so the banner says whether each one works right now.
  const login = buyer
    ? await tryRequest(`${base}/auth/customer/emailpass`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: buyer.email, password: buyer.password }),
      })
    : { status: "no buyer seeded", body: {} }
  const headers = { "x-publishable-api-key": key, authorization: `Bearer ${login.body.token}` }
  const company = await tryRequest(`${base}/store/companies/me`, { headers })
  const products = await tryRequest(`${base}${productsPath}`, { headers })
  const rules = await tryRequest(`${base}${rulesPath}`, { headers })
  const app = await fetch(`${base}/app`).then((r) => r.status, (e) => e.message)
  const checked = (r) => dim(`(answered ${r.status} just now)`)

  const width = Math.max(...summary.buyers.map((b) => b.email.length), 24)
  const lines = [
    "",
    bold("  Medusa B2B wholesale demo is running"),
    "",
    `  Store API        ${base}/store   (header x-publishable-api-key: ${key})`,
    `  Admin            ${base}/app   ${dim(`(answered ${app})`)}`,
    `  Admin login      ${summary.admin.email} / ${summary.admin.password}`,
    `  Database         ${database}, database "${dbName}"`,
    "",
    "  Buyer logins (storefront customers):",
    ...summary.buyers.map((b) => `    ${b.email.padEnd(width)}  ${b.password}   ${b.label}`),
    ...(summary.notes?.length ? ["", ...summary.notes.map((n) => `  ${n}`)] : []),
    "",
    "  Try it (copy-paste into another terminal):",
    "",
    dim(`  # log in as ${buyer?.email} and keep the token ${checked(login)}`),
    `  TOKEN=$(curl -s -X POST ${base}/auth/customer/emailpass -H "Content-Type: application/json" \\`,
    `    -d '{"email":"${buyer?.email}","password":"${buyer?.password}"}' | sed -E 's/.*"token":"([^"]*)".*/\\1/')`,
    "",
    dim(`  # 1. the buyer's company and role ${checked(company)}`),
    `  curl -s ${base}/store/companies/me ${storeHeaders}`,
    "",
    dim(`  # 2. products with the prices this buyer pays ${checked(products)}`),
    `  curl -s "${base}${productsPath}" \\`,
    `    ${storeHeaders}`,
    "",
    dim(`  # 3. minimum lots and steps for some variants ${checked(rules)}`),
    `  curl -s -g "${base}${rulesPath}" \\`,
    `    ${storeHeaders}`,
    "",
    `  Ctrl-C stops the server${database.startsWith("embedded") ? " and the embedded PostgreSQL" : ""}. Server output follows.`,
    "",
  ]
  console.log(lines.join("\n"))
}
