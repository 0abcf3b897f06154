import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminGetCompanyKeyFiguresParams, AdminGetKeyClientsParams } from "./validators"

export const adminKeyClientMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/key-clients",
    middlewares: [validateAndTransformQuery(AdminGetKeyClientsParams, { isList: false })],
  },
  {
    method: ["GET"],
    matcher: "/admin/companies/:id/key-figures",
    middlewares: [validateAndTransformQuery(AdminGetCompanyKeyFiguresParams, { isList: false })],
  },
]
