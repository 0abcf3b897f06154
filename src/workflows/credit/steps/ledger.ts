import type { BigNumberInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { dueAfter } from "../../../lib/credit/balance"
import type { LedgerDirection } from "../../../lib/credit/vocabulary"
import { CREDIT_MODULE } from "../../../modules/credit"
import type CreditModuleService from "../../../modules/credit/service"
import type { LedgerWrite } from "../../../modules/credit/service"
import { retrieveCompany } from "../../../queries/company"

const credit = (container: { resolve<T>(key: string): T }) => container.resolve<CreditModuleService>(CREDIT_MODULE)

/** The company's currency, the account's; a missing company is 404, a company without a currency 400. */
export const companyAccountCurrencyStep = createStep(
  "b2b-company-account-currency",
  async (input: { company_id: string; currency_code?: string | null }, { container }) => {
    const company = (await retrieveCompany(container, input.company_id, ["id", "name", "currency_code"])) as {
      name: string
      currency_code: string | null
    }
    const currency = (company.currency_code ?? input.currency_code ?? "").toLowerCase()
    if (!currency) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${company.name} has no currency; set its currency_code first.`)
    }
    if (input.currency_code && input.currency_code.toLowerCase() !== currency) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${company.name}'s account is kept in ${currency.toUpperCase()}, not ${input.currency_code.toUpperCase()}.`
      )
    }
    return new StepResponse(currency)
  }
)

export interface RecordPaymentStepInput {
  company_id: string
  currency_code: string
  amount: BigNumberInput
  occurred_at?: Date
  reference?: string | null
  note?: string | null
  allocations?: { entry_id: string; amount: BigNumberInput }[]
}

export const recordPaymentStep = createStep(
  "b2b-record-payment",
  async (input: RecordPaymentStepInput, { container }) => {
    const { entry, allocations, write } = await credit(container).recordPayment(input)
    return new StepResponse({ entry, allocations }, write)
  },
  async (write: LedgerWrite | undefined, { container }) => {
    if (write) await credit(container).undoLedgerWrite(write)
  }
)

export const recordAdjustmentStep = createStep(
  "b2b-record-adjustment",
  async (
    input: { company_id: string; currency_code: string; amount: BigNumberInput; direction: LedgerDirection; note: string },
    { container }
  ) => {
    const { entry, allocations, write } = await credit(container).recordAdjustment(input)
    return new StepResponse({ entry, allocations }, write)
  },
  async (write: LedgerWrite | undefined, { container }) => {
    if (write) await credit(container).undoLedgerWrite(write)
  }
)

export const deferChargeStep = createStep(
  "b2b-defer-charge",
  async (input: { company_id: string; entry_id: string; due_at: Date; note?: string | null; changed_by?: string | null }, { container }) => {
    const change = await credit(container).deferCharge(input)
    return new StepResponse(change, change)
  },
  async (change, { container }) => {
    if (change) await credit(container).undoDeferral(change)
  }
)

/** Books the charge checkout held for the cart against its order, due the company's net days after it. */
export const bindOrderChargeStep = createStep(
  "b2b-bind-order-charge",
  async (input: { order_id: string; cart_id: string }, { container }) => {
    const service = credit(container)
    const [held] = await service.listCreditLedgerEntries(
      { cart_id: input.cart_id, type: "charge", state: "pending" },
      { select: ["id", "company_id"] }
    )
    if (!held) return new StepResponse(null, null)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "company", fields: ["id", "net_days"], filters: { id: held.company_id } })
    const netDays = (data[0] as { net_days?: number | null } | undefined)?.net_days ?? 0
    const before = await service.bindCharge({ cart_id: input.cart_id, order_id: input.order_id, due_at: dueAfter(new Date(), netDays) })
    return new StepResponse(before, before)
  },
  async (before, { container }) => {
    if (before) await credit(container).unbindCharge(before)
  }
)

/** Voids the order's charge with a credit note. */
export const voidOrderChargeStep = createStep(
  "b2b-void-order-charge",
  async (input: { order_id: string; note?: string | null }, { container }) => {
    const write = await credit(container).voidChargeOfOrder(input)
    return new StepResponse(write, write)
  },
  async (write, { container }) => {
    if (write) await credit(container).undoLedgerWrite(write)
  }
)

export const recordChargeStep = createStep(
  "b2b-record-charge",
  async (
    input: { company_id: string; currency_code: string; amount: BigNumberInput; occurred_at?: Date; due_at: Date; reference?: string | null; note?: string | null },
    { container }
  ) => {
    const { entry, write } = await credit(container).recordCharge(input)
    return new StepResponse(entry, write)
  },
  async (write: LedgerWrite | undefined, { container }) => {
    if (write) await credit(container).undoLedgerWrite(write)
  }
)
