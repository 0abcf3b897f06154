import { randomUUID } from "node:crypto"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, MedusaError, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import type { B2BPaymentMethod } from "../../lib/credit/vocabulary"

/**
 * A payment taken outside any card network: the order is placed `authorized` and the money arrives later (a bank
 * transfer, or the company's account being settled). Whether a company may use a method is decided by the plugin's
 * checkout checks, which know the company; the provider only keeps Medusa's payment states truthful.
 */
abstract class DeferredPaymentProvider extends AbstractPaymentProvider {
  protected abstract readonly method: B2BPaymentMethod

  // Medusa's base constructor is protected; the payment module constructs providers with (cradle, options).
  constructor(cradle: Record<string, unknown>, options: Record<string, unknown> = {}) {
    super(cradle, options)
  }

  async initiatePayment(_input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    return { id: randomUUID(), data: { method: this.method } }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return { data: { ...(input.data ?? {}), method: this.method }, status: PaymentSessionStatus.AUTHORIZED }
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: { ...(input.data ?? {}), captured_at: new Date().toISOString() } }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: input.data ?? {} }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data ?? {} }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    return { data: input.data ?? {}, status: PaymentSessionStatus.AUTHORIZED }
  }

  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    return { data: input.data ?? {} }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data ?? {} }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return { data: { ...(input.data ?? {}), method: this.method } }
  }

  async getWebhookActionAndData(_data: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}

/** `pp_invoice_<id>`: pay in advance by bank transfer against the invoice; captured when the transfer arrives. */
export class InvoicePaymentProvider extends DeferredPaymentProvider {
  static identifier = "invoice"
  protected readonly method = "invoice" as const
}

/** `pp_on_account_<id>`: the order is charged to the company's account and paid within its net days. */
export class OnAccountPaymentProvider extends DeferredPaymentProvider {
  static identifier = "on_account"
  protected readonly method = "on_account" as const
}

export const GUARANTEE_UNAVAILABLE = "Payment against a guarantee letter is not available yet: guarantee letters are not available yet."

/** `pp_guarantee_<id>`: payment after delivery against a guarantee letter; refused until letters exist. */
export class GuaranteePaymentProvider extends DeferredPaymentProvider {
  static identifier = "guarantee"
  protected readonly method = "guarantee" as const

  async initiatePayment(_input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, GUARANTEE_UNAVAILABLE)
  }

  async authorizePayment(_input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, GUARANTEE_UNAVAILABLE)
  }
}
