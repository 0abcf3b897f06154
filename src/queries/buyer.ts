import type { MedusaContainer } from "@medusajs/framework/types"
import { COMPANY_MODULE } from "../modules/company"
import type CompanyModuleService from "../modules/company/service"
import { plainNumberOrNull as toNumber } from "../lib/prices/terms"
import type { Buyer } from "../lib/cart-checks/types"


const exactOrNull = (raw: unknown, value: unknown): string | null => {
  const exact = (raw as { value?: string | number } | null | undefined)?.value ?? value
  return exact === null || exact === undefined ? null : String(exact)
}

/**
 * The customer's employee record with its company, or null for a customer of no company.
 * Runs on every cart change, so it is one indexed query on the company module (employee by customer_id).
 */
export async function loadBuyer(container: MedusaContainer, customerId: string): Promise<Buyer | null> {
  const companies = container.resolve<CompanyModuleService>(COMPANY_MODULE)
  const [employee] = await companies.listEmployees(
    { customer_id: customerId },
    {
      select: [
        "id",
        "customer_id",
        "role",
        "spending_limit",
        "company.id",
        "company.name",
        "company.status",
        "company.currency_code",
        "company.customer_group_id",
        "company.min_order_amount",
        "company.min_order_currency_code",
        "company.payment_terms",
        "company.credit_limit",
        "company.raw_credit_limit",
        "company.net_days",
      ],
      relations: ["company"],
      take: 1,
    }
  )
  const company = employee?.company
  if (!company) {
    return null
  }
  return {
    employee_id: employee.id,
    customer_id: employee.customer_id,
    role: employee.role as Buyer["role"],
    spending_limit: toNumber(employee.spending_limit),
    company: {
      id: company.id,
      name: company.name,
      status: company.status,
      currency_code: company.currency_code ?? null,
      customer_group_id: company.customer_group_id ?? null,
      min_order_amount: toNumber(company.min_order_amount),
      min_order_currency_code: company.min_order_currency_code ?? null,
      payment_terms: company.payment_terms,
      // The exact limit, as stored: credit decisions compare big numbers.
      credit_limit: exactOrNull(company.raw_credit_limit, company.credit_limit),
      net_days: company.net_days ?? null,
    },
  }
}
