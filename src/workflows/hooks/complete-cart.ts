import { MedusaError, PaymentSessionStatus } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { formatCreditAmount, GUARANTEE_NOT_AVAILABLE, onAccountRefusal } from "../../lib/credit/terms"
import { b2bPaymentMethodOf } from "../../lib/credit/vocabulary"
import { CREDIT_MODULE } from "../../modules/credit"
import type CreditModuleService from "../../modules/credit/service"
import { assertCartAllowed, createCheckContext, wholeCartSubject } from "../cart-checks"

// The statuses Medusa's validateCartPaymentsStep accepts; it authorises the first such session.
const PROCESSABLE: string[] = [
  PaymentSessionStatus.PENDING,
  PaymentSessionStatus.REQUIRES_MORE,
  PaymentSessionStatus.AUTHORIZED,
  PaymentSessionStatus.CAPTURED,
  PaymentSessionStatus.PENDING_AUTHORIZATION,
]

interface CompletingCart {
  id: string
  currency_code: string
  total?: unknown
  raw_total?: { value?: string | number } | null
  payment_collection?: { payment_sessions?: { provider_id: string; status: string }[] | null } | null
}

/** A charge this checkout held, to release if checkout fails after it. */
type HeldCharge = { entry_id: string } | null

// Everything again on the final cart, plus the company's minimum order amount; then, for an order on account, the
// credit check and the pending charge in one PostgreSQL transaction (the company's account row locked), released
// by the compensation if a later step of checkout fails.
completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => {
    const subject = wholeCartSubject("complete", cart)
    const context = createCheckContext(container, subject.customer_id)
    await assertCartAllowed(subject, context)

    const completing = cart as unknown as CompletingCart
    const session = completing.payment_collection?.payment_sessions?.find((s) => PROCESSABLE.includes(s.status))
    const method = b2bPaymentMethodOf(session?.provider_id)
    if (method === "guarantee") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, GUARANTEE_NOT_AVAILABLE)
    }
    if (method !== "on_account") {
      return new StepResponse(undefined, null as HeldCharge)
    }
    const buyer = await context.buyer()
    const refusal = onAccountRefusal(buyer, completing.currency_code)
    if (refusal || !buyer) {
      const type = refusal?.kind === "invalid_data" ? MedusaError.Types.INVALID_DATA : MedusaError.Types.FORBIDDEN
      throw new MedusaError(type, refusal?.message ?? "Ordering on account is for company accounts.")
    }
    const currency = completing.currency_code.toLowerCase()
    const total = String(completing.raw_total?.value ?? completing.total ?? 0)
    const { entry, created } = await container.resolve<CreditModuleService>(CREDIT_MODULE).holdCharge({
      company_id: buyer.company.id,
      account_currency_code: (buyer.company.currency_code ?? currency).toLowerCase(),
      currency_code: currency,
      cart_id: completing.id,
      amount: total,
      credit_limit: buyer.company.credit_limit ?? null,
      format: (value) => formatCreditAmount(value.toString(), currency),
    })
    return new StepResponse(undefined, (created ? { entry_id: entry.id } : null) as HeldCharge)
  },
  async (held: HeldCharge | undefined, { container }) => {
    if (held?.entry_id) {
      await container.resolve<CreditModuleService>(CREDIT_MODULE).releaseHold(held.entry_id)
    }
  }
)
