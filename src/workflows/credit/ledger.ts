import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { LedgerDirection } from "../../lib/credit/vocabulary"
import {
  bindOrderChargeStep,
  companyAccountCurrencyStep,
  deferChargeStep,
  recordAdjustmentStep,
  recordChargeStep,
  recordPaymentStep,
  voidOrderChargeStep,
} from "./steps/ledger"
import { captureSettledOrdersStep } from "./record-captures"

export interface RecordCompanyPaymentInput {
  company_id: string
  amount: number
  currency_code: string
  received_at?: Date
  reference?: string | null
  note?: string | null
  allocations?: { entry_id: string; amount: number }[]
}

/**
 * A payment received from a company: settles charges (as allocated, or earliest due first); the rest is an advance.
 * An on-account order whose charge it settles in full has its Medusa payment captured.
 */
export const recordCompanyPaymentWorkflow = createWorkflow("b2b-record-company-payment", (input: RecordCompanyPaymentInput) => {
  const currency = companyAccountCurrencyStep({ company_id: input.company_id, currency_code: input.currency_code })
  const payment = recordPaymentStep(
    transform({ input, currency }, ({ input, currency }) => ({
      company_id: input.company_id,
      currency_code: currency,
      amount: input.amount,
      occurred_at: input.received_at,
      reference: input.reference ?? null,
      note: input.note ?? null,
      allocations: input.allocations,
    }))
  )
  captureSettledOrdersStep(
    transform({ input, payment }, ({ input, payment }) => ({
      payment_entry_id: payment.entry.id,
      company_id: input.company_id,
      charge_entry_ids: payment.allocations.map((allocation) => allocation.charge_entry_id),
    }))
  )
  return new WorkflowResponse(payment)
})

/** A correction of the company's account: a debit raises what it owes, a credit lowers it. */
export const recordCompanyAdjustmentWorkflow = createWorkflow(
  "b2b-record-company-adjustment",
  (input: { company_id: string; amount: number; direction: LedgerDirection; reason: string }) => {
    const currency = companyAccountCurrencyStep({ company_id: input.company_id })
    const adjustment = recordAdjustmentStep(
      transform({ input, currency }, ({ input, currency }) => ({
        company_id: input.company_id,
        currency_code: currency,
        amount: input.amount,
        direction: input.direction,
        note: input.reason,
      }))
    )
    return new WorkflowResponse(adjustment)
  }
)

/** A deferral agreed with the client: the charge's new due date, kept in its history. */
export const deferCompanyChargeWorkflow = createWorkflow(
  "b2b-defer-company-charge",
  (input: { company_id: string; entry_id: string; due_at: Date; note?: string | null; changed_by?: string | null }) => {
    companyAccountCurrencyStep({ company_id: input.company_id })
    return new WorkflowResponse(deferChargeStep(input))
  }
)

/** Inside checkout: the charge held for the cart becomes the order's, due after the company's net days. */
export const bindOrderChargeWorkflow = createWorkflow("b2b-bind-order-charge", (input: { order_id: string; cart_id: string }) => {
  return new WorkflowResponse(bindOrderChargeStep(input))
})

/** A canceled order's charge is voided by a credit note. */
export const voidOrderChargeWorkflow = createWorkflow("b2b-void-order-charge", (input: { order_id: string; note?: string | null }) => {
  return new WorkflowResponse(voidOrderChargeStep(input))
})

/** A charge booked outside checkout (e.g. an invoice issued before the account was kept here), due `due_at`. */
export const recordCompanyChargeWorkflow = createWorkflow(
  "b2b-record-company-charge",
  (input: { company_id: string; amount: number; occurred_at?: Date; due_at: Date; reference?: string | null; note?: string | null }) => {
    const currency = companyAccountCurrencyStep({ company_id: input.company_id })
    const charge = recordChargeStep(transform({ input, currency }, ({ input, currency }) => ({ ...input, currency_code: currency })))
    return new WorkflowResponse(charge)
  }
)
