import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StatementParams } from "../../utils/statement"
import { AdminGetReceivablesParams } from "./validators"

// Statements of account (admin and buyer) and the receivables list.
export const statementMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/receivables",
    middlewares: [validateAndTransformQuery(AdminGetReceivablesParams, { defaults: [], isList: true })],
  },
  {
    methods: ["GET"],
    matcher: "/admin/companies/:id/statement",
    middlewares: [validateAndTransformQuery(StatementParams, { defaults: [], isList: false })],
  },
  {
    methods: ["GET"],
    matcher: "/store/companies/me/statement",
    middlewares: [validateAndTransformQuery(StatementParams, { defaults: [], isList: false })],
  },
]
