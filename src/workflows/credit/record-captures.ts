import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { b2bPaymentMethodOf } from "../../lib/credit/vocabulary"
import { CREDIT_MODULE } from "../../modules/credit"
import type CreditModuleService from "../../modules/credit/service"
import type { LedgerEntryView, LedgerWrite } from "../../modules/credit/service"
import type { BigNumberInput } from "@medusajs/framework/types"
import { allocateOldestDueFirst } from "../../lib/credit/balance"

interface CapturedPayment {
  id: string
  provider_id: string
  currency_code: string
  captures?: { id: string; amount: unknown; raw_amount?: { value?: string | number } | null; created_by?: string | null }[]
  payment_collection?: { order?: { id: string } | null } | null
}

/** The reference a capture is recorded under in the ledger: one payment entry per capture, whoever records it. */
export const captureReference = (captureId: string) => `capture:${captureId}`

/** Who a capture made for a payment recorded in the ledger is by: that payment entry, so it is not recorded again. */
const LEDGER_CAPTURER = "b2b-ledger:"
const capturedFor = (capture: { created_by?: string | null }) =>
  capture.created_by?.startsWith(LEDGER_CAPTURER) ? capture.created_by.slice(LEDGER_CAPTURER.length) : null

/** The order's own charge first, then the other open charges earliest due first; what is left stays an advance. */
function captureAllocations(amount: BigNumberInput, chargeId: string, open: LedgerEntryView[]) {
  const own = open.find((e) => e.id === chargeId)
  const first = own ? MathBN.min(amount, own.outstanding) : MathBN.convert(0)
  const rest = allocateOldestDueFirst(
    MathBN.sub(amount, first),
    open.filter((e) => e.id !== chargeId)
  ).allocations.map((a) => ({ entry_id: a.charge_entry_id, amount: a.amount.toString() }))
  return [...(MathBN.gt(first, 0) ? [{ entry_id: chargeId, amount: first.toString() }] : []), ...rest]
}

/**
 * Records in the company's ledger the captures of an on-account payment (a capture in Medusa admin means the money
 * arrived). Each capture is recorded once, under its own reference, settling the order's charge first.
 */
export const recordCapturesInLedgerStep = createStep(
  "b2b-record-captures-in-ledger",
  async (input: { payment_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "payment",
      fields: [
        "id",
        "provider_id",
        "currency_code",
        "captures.id",
        "captures.amount",
        "captures.raw_amount",
        "captures.created_by",
        "payment_collection.order.id",
      ],
      filters: { id: input.payment_id },
    })
    const payment = data[0] as CapturedPayment | undefined
    const orderId = payment?.payment_collection?.order?.id
    if (!payment || !orderId || b2bPaymentMethodOf(payment.provider_id) !== "on_account") {
      return new StepResponse([] as string[], [] as LedgerWrite[])
    }
    const credit = container.resolve<CreditModuleService>(CREDIT_MODULE)
    const [charge] = await credit.listCreditLedgerEntries({ order_id: orderId, type: "charge" }, { select: ["id", "company_id"] })
    if (!charge) {
      return new StepResponse([] as string[], [] as LedgerWrite[])
    }
    const writes: LedgerWrite[] = []
    const recorded: string[] = []
    for (const capture of payment.captures ?? []) {
      const reference = captureReference(capture.id)
      const [known] = await credit.listCreditLedgerEntries({ company_id: charge.company_id, type: "payment", reference }, { select: ["id"] })
      if (known) continue
      // A capture made because a payment was recorded in the ledger is that payment: recorded already.
      const ledgerPaymentId = capturedFor(capture)
      if (ledgerPaymentId && (await credit.listCreditLedgerEntries({ id: ledgerPaymentId }, { select: ["id"] })).length) continue
      const amount = MathBN.convert(capture.raw_amount?.value ?? (capture.amount as number))
      const open = (await credit.ledgerView(charge.company_id)).filter((e) => e.type === "charge" && e.state === "open")
      const { entry, write } = await credit.recordPayment({
        company_id: charge.company_id,
        currency_code: payment.currency_code,
        amount: amount.toString(),
        reference,
        note: `Captured payment of order ${orderId}`,
        allocations: captureAllocations(amount, charge.id, open),
      })
      writes.push(write)
      recorded.push(entry.id)
    }
    return new StepResponse(recorded, writes)
  },
  async (writes, { container }) => {
    const credit = container.resolve<CreditModuleService>(CREDIT_MODULE)
    for (const write of writes ?? []) await credit.undoLedgerWrite(write)
  }
)

export const recordCapturesInLedgerWorkflow = createWorkflow("b2b-record-captures-in-ledger", (input: { payment_id: string }) => {
  return new WorkflowResponse(recordCapturesInLedgerStep(input))
})

interface OrderPayments {
  id: string
  payment_collections?: { payments?: { id: string; provider_id: string; captured_at?: unknown; canceled_at?: unknown }[] | null }[] | null
}

/**
 * The other half of "a capture and a recorded payment are the same fact": when a payment recorded in the ledger
 * settles an on-account order's charge in full, the order's authorised payment is captured in Medusa, marked as
 * made for that ledger payment so the capture is not recorded a second time. It runs last, after the ledger write:
 * a capture cannot be taken back, and one that fails undoes the recorded payment.
 */
export const captureSettledOrdersStep = createStep(
  "b2b-capture-settled-orders",
  async (input: { payment_entry_id: string; company_id: string; charge_entry_ids: string[] }, { container }) => {
    if (!input.charge_entry_ids.length) {
      return new StepResponse([] as string[])
    }
    const credit = container.resolve<CreditModuleService>(CREDIT_MODULE)
    const settled = (await credit.ledgerView(input.company_id)).filter(
      (e) => input.charge_entry_ids.includes(e.id) && e.type === "charge" && e.order_id && MathBN.lte(e.outstanding, 0)
    )
    if (!settled.length) {
      return new StepResponse([] as string[])
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "payment_collections.payments.id", "payment_collections.payments.provider_id", "payment_collections.payments.captured_at", "payment_collections.payments.canceled_at"],
      filters: { id: settled.map((e) => e.order_id!) },
    })
    const captured: string[] = []
    for (const order of data as OrderPayments[]) {
      const payments = (order.payment_collections ?? []).flatMap((collection) => collection.payments ?? [])
      for (const payment of payments) {
        if (b2bPaymentMethodOf(payment.provider_id) !== "on_account" || payment.captured_at || payment.canceled_at) continue
        await capturePaymentWorkflow(container).run({
          input: { payment_id: payment.id, captured_by: `${LEDGER_CAPTURER}${input.payment_entry_id}` },
        })
        captured.push(payment.id)
      }
    }
    return new StepResponse(captured)
  }
)
