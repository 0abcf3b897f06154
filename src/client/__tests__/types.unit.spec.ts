// The storefront types are written out by hand (a storefront compiles them without Medusa's server
// packages); these checks hold them to the routes' validators (at compile time, by `npm run typecheck`)
// and to the fields the routes answer with (at run time).
import type { z } from "@medusajs/framework/zod"
import { EMPLOYEE_FIELDS, listCompanyOrdersConfig, STORE_COMPANY_FIELDS } from "../../api/admin/companies/query-config"
import type { StoreGetCompanyPricesParams } from "../../api/store/companies/me/prices/validators"
import type {
  StoreAddEmployee,
  StoreApplyForCompany,
  StoreUpdateCompany,
  StoreUpdateEmployee,
} from "../../api/store/companies/validators"
import type { CartViolationCode } from "../../lib/cart-checks/types"
import type { CreateCompanyAddress, UpdateCompanyAddress } from "../../api/admin/companies/[id]/addresses/validators"
import type { StoreSetCartCompanyAddress } from "../../api/store/carts/[id]/company-address/validators"
import { COMPANY_ADDRESS_FIELDS } from "../../api/utils/company-addresses"
import type { CompanyPriceRow } from "../../lib/prices/types"
import type {
  StoreAddEmployeeBody,
  StoreApplyForCompanyBody,
  StoreCartViolationCode,
  StoreCompany,
  StoreCompanyAddress,
  StoreCreateCompanyAddressBody,
  StoreSetCartCompanyAddressBody,
  StoreUpdateCompanyAddressBody,
  StoreCompanyOrder,
  StoreCompanyPrice,
  StoreCompanyPriceParams,
  StoreEmployee,
  StoreUpdateCompanyBody,
  StoreUpdateEmployeeBody,
} from "../../types/store"

/** True only when A and B are the same type; `const x: Same<A, B> = true` fails to compile otherwise. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false

// Request bodies: what the validator accepts is what the client's type allows.
const applyBody: Same<StoreApplyForCompanyBody, z.input<typeof StoreApplyForCompany>> = true
const updateCompanyBody: Same<StoreUpdateCompanyBody, z.input<typeof StoreUpdateCompany>> = true
const addEmployeeBody: Same<StoreAddEmployeeBody, z.input<typeof StoreAddEmployee>> = true
const updateEmployeeBody: Same<StoreUpdateEmployeeBody, z.input<typeof StoreUpdateEmployee>> = true
// The price query's `format` is set by the client's own methods (list: json, exportCsv: csv).
const priceParams: Same<
  StoreCompanyPriceParams,
  Omit<z.input<typeof StoreGetCompanyPricesParams>, "format" | "limit" | "offset"> & { limit?: number; offset?: number }
> = true
// Answers: the rows the server builds.
const priceRow: Same<StoreCompanyPrice, CompanyPriceRow> = true
const violationCode: Same<StoreCartViolationCode, CartViolationCode> = true
const createAddressBody: Same<StoreCreateCompanyAddressBody, z.input<typeof CreateCompanyAddress>> = true
const updateAddressBody: Same<StoreUpdateCompanyAddressBody, z.input<typeof UpdateCompanyAddress>> = true
const cartAddressBody: Same<StoreSetCartCompanyAddressBody, z.input<typeof StoreSetCartCompanyAddress>> = true

/** Every key of T, once: a missing or unknown key fails to compile. */
const keysOf = <T>(keys: Record<keyof T, true>) => Object.keys(keys).sort()

describe("the storefront types", () => {
  it("match the validators at compile time", () => {
    expect([
      applyBody, updateCompanyBody, addEmployeeBody, updateEmployeeBody, priceParams, priceRow, violationCode,
      createAddressBody, updateAddressBody, cartAddressBody,
    ]).toEqual(Array(10).fill(true))
  })

  it("name exactly the fields the store routes answer with", () => {
    expect(
      keysOf<StoreCompany>({
        id: true, name: true, legal_name: true, tax_id: true, email: true, phone: true, address_1: true,
        address_2: true, city: true, postal_code: true, province: true, country_code: true, currency_code: true,
        status: true, customer_group_id: true, price_list_id: true, promotion_id: true, min_order_amount: true,
        min_order_currency_code: true, payment_terms: true, net_days: true, credit_limit: true, overdue_hold_days: true,
        contract_number: true, contract_date: true, created_at: true, updated_at: true,
      })
    ).toEqual([...STORE_COMPANY_FIELDS].sort())
    expect(
      keysOf<StoreEmployee>({
        id: true, company_id: true, customer_id: true, email: true, first_name: true, last_name: true, role: true,
        spending_limit: true, created_at: true, updated_at: true,
      })
    ).toEqual([...EMPLOYEE_FIELDS].sort())
    expect(
      keysOf<StoreCompanyOrder>({
        id: true, display_id: true, status: true, email: true, customer_id: true, currency_code: true, total: true,
        subtotal: true, created_at: true, payment_status: true, fulfillment_status: true,
      })
    ).toEqual([...listCompanyOrdersConfig.defaults].sort())
    expect(
      keysOf<StoreCompanyAddress>({
        id: true, company_id: true, kind: true, label: true, first_name: true, last_name: true, company: true,
        address_1: true, address_2: true, city: true, postal_code: true, province: true, country_code: true,
        phone: true, is_default: true, created_at: true, updated_at: true,
      })
    ).toEqual([...COMPANY_ADDRESS_FIELDS].sort())
  })
})
