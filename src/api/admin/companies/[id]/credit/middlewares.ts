import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminDeferCharge, AdminRecordAdjustment, AdminRecordPayment, LedgerListParams } from "./validators"

export const adminCompanyCreditMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/companies/:id/ledger",
    middlewares: [validateAndTransformQuery(LedgerListParams, { defaults: [], isList: true })],
  },
  { method: ["POST"], matcher: "/admin/companies/:id/payments", middlewares: [validateAndTransformBody(AdminRecordPayment)] },
  { method: ["POST"], matcher: "/admin/companies/:id/adjustments", middlewares: [validateAndTransformBody(AdminRecordAdjustment)] },
  { method: ["POST"], matcher: "/admin/companies/:id/ledger/:entry_id", middlewares: [validateAndTransformBody(AdminDeferCharge)] },
]
