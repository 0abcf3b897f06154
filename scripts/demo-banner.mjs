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

/** "BOLT-M8-100: min 5, step 5, max 400 boxes" for each rule the store answered with. */
function describeRules(body, variants) {
  const skuOf = new Map(variants.map((v) => [v.id, v.sku]))
  return (body.quantity_rules ?? []).map((rule) => {
    const max = rule.max_quantity ? `, max ${rule.max_quantity}` : ""
    return `${skuOf.get(rule.variant_id) ?? rule.variant_id}: min ${rule.min_quantity}, step ${rule.increment}${max}${rule.unit ? ` ${rule.unit}` : ""}`
  })
}

/** The sample variant's calculated price in a /store/products answer, or null. */
function samplePrice(body, sku) {
  const variant = (body.products ?? []).flatMap((p) => p.variants ?? []).find((v) => v.sku === sku)
  return variant?.calculated_price ?? null
}

export async function printBanner({ port, summary, database, dbName }) {
  const base = `http://localhost:${port}`
  const key = summary.publishable_key
  const sample = summary.price_sample
  const buyer =
    summary.buyers.find((b) => b.email === sample?.buyer_email) ??
    summary.buyers.find((b) => b.label.startsWith("buyer ")) ??
    summary.buyers[0]
  const variants = summary.sample_variants.map((v) => `variant_id[]=${v.id}`).join("&")
  const storeHeaders = `-H "x-publishable-api-key: ${key}" -H "Authorization: Bearer $TOKEN"`
  const productFilter = sample ? `handle=${sample.product_handle}` : "limit=3"
  const productsPath = `/store/products?${productFilter}&region_id=${summary.region_id}&fields=title,variants.sku,*variants.calculated_price`
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
  // Without a login the store answers with the list price: what the buyer's price is compared with.
  const listed = await tryRequest(`${base}${productsPath}`, { headers: { "x-publishable-api-key": key } })
  const rules = await tryRequest(`${base}${rulesPath}`, { headers })
  const app = await fetch(`${base}/app`).then((r) => r.status, (e) => e.message)
  const checked = (r) => dim(`(answered ${r.status} just now)`)

  const answers = []
  if (company.body.company) {
    const c = company.body.company
    const minimum = c.min_order_amount ? `, minimum order ${c.min_order_amount} ${String(c.currency_code ?? "").toUpperCase()}` : ""
    answers.push(`${c.name} (${c.status}), ${buyer.email} is ${company.body.employee?.role}${minimum}`)
  }
  const paid = sample && samplePrice(products.body, sample.sku)
  const list = sample && samplePrice(listed.body, sample.sku)
  if (paid) {
    const currency = String(paid.currency_code ?? "").toUpperCase()
    // Under an override price list Medusa reports the list's price as original_amount as well.
    const original = paid.original_amount === paid.calculated_amount ? "" : `, original_amount ${paid.original_amount}`
    answers.push(
      `${sample.sku}: ${buyer.email} pays ${paid.calculated_amount} ${currency} (calculated_amount${original}); ` +
        `list price ${list?.calculated_amount ?? "?"} ${currency} (calculated_amount of the same request without a login)`
    )
  }
  answers.push(...describeRules(rules.body, summary.sample_variants))

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
    ...(summary.notes?.length ? ["", "  Their terms:", ...summary.notes.map((n) => `    ${n}`)] : []),
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
    dim(`  # 2. the price this buyer pays (drop the Authorization header for the list price) ${checked(products)}`),
    `  curl -s "${base}${productsPath}" \\`,
    `    ${storeHeaders}`,
    "",
    dim(`  # 3. minimum lots and steps for some variants ${checked(rules)}`),
    `  curl -s -g "${base}${rulesPath}" \\`,
    `    ${storeHeaders}`,
    ...(answers.length ? ["", dim("  What they answered just now:"), ...answers.map((a) => `    ${a}`)] : []),
    "",
    `  Ctrl-C stops the server${database.startsWith("embedded") ? " and the embedded PostgreSQL" : ""}. Server output follows.`,
    "",
  ]
  console.log(lines.join("\n"))
}
