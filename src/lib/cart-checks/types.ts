import type { CompanyStatus, EmployeeRole, PaymentTerms } from "../company/vocabulary"

/** Where in Medusa's cart flow a check runs. `preview` is the storefront's b2b-check. */
export type CartCheckStage = "add" | "update" | "complete" | "preview"

export type CartViolationCode =
  | "below_min_quantity"
  | "not_increment"
  | "above_max_quantity"
  | "below_min_order_amount"
  | "min_order_currency_mismatch"
  | "company_inactive"
  | "role_cannot_order"
  | "above_spending_limit"
  | (string & {})

export interface CartViolation {
  code: CartViolationCode
  message: string
  item_id?: string
  variant_id?: string
  /** `forbidden` answers 403 (who is buying); `invalid_data` answers 400 (what is bought). */
  kind?: "forbidden" | "invalid_data"
}

/** One variant of the cart as it will be after the change under check. */
export interface CartLine {
  item_id?: string
  variant_id: string
  product_id?: string | null
  sku?: string | null
  title?: string | null
  /** Total quantity of this variant in the cart after the change (lines of one variant are summed). */
  quantity: number
}

export interface CartCheckSubject {
  stage: CartCheckStage
  cart_id: string
  customer_id: string | null
  currency_code: string
  /** The lines being judged: the changed variant for add/update, every variant for complete/preview. */
  lines: CartLine[]
  /** Item subtotal before tax and shipping; known at complete/preview. */
  item_subtotal?: number
  /** What the order will cost, tax and shipping included; known at complete/preview. */
  total?: number
}

export interface Buyer {
  employee_id: string
  customer_id: string
  role: EmployeeRole
  spending_limit: number | null
  company: {
    id: string
    name: string
    status: CompanyStatus
    currency_code: string | null
    customer_group_id: string | null
    min_order_amount: number | null
    /** The currency the minimum is stated in; null for a minimum set before minimums had one. */
    min_order_currency_code: string | null
    /** Payment terms: who may order on account, within which limit, due after how many days. */
    payment_terms?: PaymentTerms
    credit_limit?: string | null
    net_days?: number | null
  }
}
