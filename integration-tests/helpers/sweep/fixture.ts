// Two companies with an admin, a buyer and a viewer each, a customer of no company, a guest with the
// publishable key and an admin user: every kind of caller the sweep sends each request as.
import type { MedusaContainer } from "@medusajs/framework/types"
import { createCatalogProducts, seedStoreBasics, type StoreBasics } from "../../../seed/store"
import { adminHeaders, registerCustomer, storeHeaders, type HttpClient, type RegisteredCustomer } from "../auth"
import { createCart } from "../carts"

export const CALLER_KINDS = [
  "company_admin",
  "buyer",
  "viewer",
  "other_company_admin",
  "no_company",
  "anonymous",
  "admin_user",
] as const
export type CallerKind = (typeof CALLER_KINDS)[number]

export type SweepFixture = {
  basics: StoreBasics
  headers: Record<CallerKind, Record<string, string>>
  /** Ids of real records, keyed by what a route's path parameter names. */
  ids: {
    company: string
    other_company: string
    employee: string
    customer: string
    cart: string
    quantity_rule: string
    variant: string
  }
}

export const isStoreCaller = (kind: CallerKind) => kind !== "admin_user"

export async function createSweepFixture(container: MedusaContainer, api: HttpClient): Promise<SweepFixture> {
  const basics = await seedStoreBasics(container)
  const [product] = await createCatalogProducts(container, basics, [
    { title: "Sweep bolt", handle: "sweep-bolt", variants: [{ title: "Box", sku: "SWEEP-BOLT", price: 10, stock: 1000 }] },
  ])
  const variant = product.variants[0].id
  const admin = await adminHeaders(container)
  const register = (email: string) => registerCustomer(api, basics.publishableKey, { email })
  const [companyAdmin, buyer, viewer, otherAdmin, noCompany] = await Promise.all(
    ["ada@sweep-acme.test", "ben@sweep-acme.test", "vic@sweep-acme.test", "oli@sweep-globex.test", "nia@retail.test"].map(register)
  )
  const company = (await api.post("/admin/companies", { name: "Sweep Acme", notes: "internal: pays late", phone: "+49 40 1" }, admin)).data.company
  const other = (await api.post("/admin/companies", { name: "Sweep Globex", notes: "internal: key account" }, admin)).data.company
  const attach = (companyId: string, who: RegisteredCustomer, role: string) =>
    api.post(`/admin/companies/${companyId}/employees`, { email: who.customer.email, role }, admin)
  const adminEmployee = (await attach(company.id, companyAdmin, "admin")).data.employee
  await attach(company.id, buyer, "buyer")
  await attach(company.id, viewer, "viewer")
  await attach(other.id, otherAdmin, "admin")
  const rule = (await api.post("/admin/quantity-rules", { variant_id: variant, min_quantity: 2, increment: 2 }, admin)).data.quantity_rule
  await api.post(`/admin/companies/${company.id}/prices/batch`, { create: [{ variant_id: variant, currency_code: "eur", amount: 8 }] }, admin)
  const cart = await createCart(api, buyer.headers, basics.region.id)
  await api.post(`/store/carts/${cart}/line-items`, { variant_id: variant, quantity: 2 }, buyer.headers)

  return {
    basics,
    headers: {
      company_admin: companyAdmin.headers.headers,
      buyer: buyer.headers.headers,
      viewer: viewer.headers.headers,
      other_company_admin: otherAdmin.headers.headers,
      no_company: noCompany.headers.headers,
      anonymous: storeHeaders(basics.publishableKey).headers,
      admin_user: admin.headers,
    },
    ids: {
      company: company.id,
      other_company: other.id,
      employee: adminEmployee.id,
      customer: buyer.customer.id,
      cart,
      quantity_rule: rule.id,
      variant,
    },
  }
}

/** The id a path parameter gets: a real record of the kind the segment before it names. */
export function pathWithIds(routePath: string, ids: SweepFixture["ids"], override?: string): string {
  const segments = routePath.split("/")
  return segments
    .map((segment, i) => {
      if (!segment.startsWith(":")) {
        return segment
      }
      const last = segments.slice(i + 1).every((s) => !s.startsWith(":"))
      if (override !== undefined && last) {
        return override
      }
      const owner = segments[i - 1]
      const byOwner: Record<string, string> = {
        companies: ids.company,
        employees: ids.employee,
        customers: ids.customer,
        carts: ids.cart,
        "quantity-rules": ids.quantity_rule,
        variants: ids.variant,
      }
      return encodeURIComponent(byOwner[owner] ?? `${owner}_missing`)
    })
    .join("/")
}
