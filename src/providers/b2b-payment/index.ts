import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { GuaranteePaymentProvider, InvoicePaymentProvider, OnAccountPaymentProvider } from "./service"

// One provider registration gives the three methods; registered with `id: "b2b"` they are
// `pp_invoice_b2b`, `pp_on_account_b2b` and `pp_guarantee_b2b`.
export default ModuleProvider(Modules.PAYMENT, {
  services: [InvoicePaymentProvider, OnAccountPaymentProvider, GuaranteePaymentProvider],
})
