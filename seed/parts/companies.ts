import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  addEmployeeWorkflow,
  applyForCompanyWorkflow,
  createCompanyWorkflow,
} from "../../src/workflows/company"
import type { CompanyCreate, EmployeeRole } from "../../src/workflows/company"
import { ensureCustomerAccount } from "../accounts"
import type { SeedContext, SeedPart } from "./types"

const PASSWORD = "supersecret"

type DemoEmployee = { email: string; first_name: string; last_name: string; role: EmployeeRole }
type DemoCompany = { company: CompanyCreate; employees: DemoEmployee[]; applies?: boolean }

export const DEMO_COMPANIES: DemoCompany[] = [
  {
    company: {
      name: "Northwind Builders",
      legal_name: "Northwind Builders GmbH",
      tax_id: "DE811234567",
      email: "purchasing@northwind.test",
      phone: "+49 40 555 0100",
      address_1: "Hafenstraße 12",
      city: "Hamburg",
      postal_code: "20457",
      country_code: "de",
      currency_code: "eur",
      status: "active",
      min_order_amount: 250,
      notes: "Key account: framework contract renewed yearly in January.",
    },
    employees: [
      { email: "anna@northwind.test", first_name: "Anna", last_name: "Keller", role: "admin" },
      { email: "ben@northwind.test", first_name: "Ben", last_name: "Vogel", role: "buyer" },
      { email: "vera@northwind.test", first_name: "Vera", last_name: "Lang", role: "viewer" },
    ],
  },
  {
    company: {
      name: "Kleinbau Schmidt",
      legal_name: "Kleinbau Schmidt e.K.",
      tax_id: "DE298765432",
      email: "info@kleinbau.test",
      city: "Bremen",
      postal_code: "28195",
      country_code: "de",
      currency_code: "eur",
      status: "active",
    },
    employees: [{ email: "ole@kleinbau.test", first_name: "Ole", last_name: "Schmidt", role: "admin" }],
  },
  {
    company: {
      name: "Fresh Start Renovations",
      email: "hello@freshstart.test",
      city: "Lübeck",
      country_code: "de",
      currency_code: "eur",
    },
    employees: [{ email: "pia@freshstart.test", first_name: "Pia", last_name: "Neumann", role: "admin" }],
    applies: true,
  },
]

async function findCompany(ctx: SeedContext, name: string) {
  const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "company", fields: ["id", "status"], filters: { name } })
  return data[0] as { id: string; status: string } | undefined
}

async function isEmployee(ctx: SeedContext, customerId: string) {
  const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "employee", fields: ["id"], filters: { customer_id: customerId } })
  return data.length > 0
}

export const companiesPart: SeedPart = {
  name: "companies and their employees",
  async run(ctx) {
    for (const demo of DEMO_COMPANIES) {
      for (const e of demo.employees) {
        const { customer } = await ensureCustomerAccount(ctx.container, {
          email: e.email,
          password: PASSWORD,
          first_name: e.first_name,
          last_name: e.last_name,
          company_name: demo.company.name,
        })
        ctx.customers.set(e.email, customer.id)
      }

      let company = await findCompany(ctx, demo.company.name)
      if (!company && demo.applies) {
        // The applicant goes through the storefront's application flow: a pending company, with them as admin.
        const { result } = await applyForCompanyWorkflow(ctx.container).run({
          input: { customer_id: ctx.customers.get(demo.employees[0].email)!, company: demo.company },
        })
        company = { id: result.company.id, status: result.company.status }
      } else if (!company) {
        const { result } = await createCompanyWorkflow(ctx.container).run({ input: demo.company })
        company = { id: result.id, status: result.status }
      }
      const companyId = company.id
      ctx.companies.set(demo.company.name, companyId)
      let added = 0
      for (const e of demo.employees) {
        const customerId = ctx.customers.get(e.email)!
        if (await isEmployee(ctx, customerId)) continue
        await addEmployeeWorkflow(ctx.container).run({
          input: { company_id: companyId, customer_id: customerId, role: e.role },
        })
        added++
      }
      for (const e of demo.employees) {
        ctx.summary.buyers.push({
          email: e.email,
          password: PASSWORD,
          label: `${e.role} of ${demo.company.name} (company ${company.status})`,
        })
      }
      ctx.log(`${demo.company.name}: ${demo.employees.length} employee(s)${added ? `, ${added} added` : ""}`)
    }
  },
}
