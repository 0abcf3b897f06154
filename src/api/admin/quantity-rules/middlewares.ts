import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminBatchQuantityRules,
  AdminCreateQuantityRule,
  AdminGetQuantityRuleParams,
  AdminGetQuantityRulesParams,
  AdminUpdateQuantityRule,
  listQuantityRulesConfig,
  retrieveQuantityRuleConfig,
} from "./validators"

export const adminQuantityRuleMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/quantity-rules",
    middlewares: [validateAndTransformQuery(AdminGetQuantityRulesParams, listQuantityRulesConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/quantity-rules",
    middlewares: [validateAndTransformBody(AdminCreateQuantityRule)],
  },
  {
    method: ["POST"],
    matcher: "/admin/quantity-rules/batch",
    middlewares: [validateAndTransformBody(AdminBatchQuantityRules)],
  },
  {
    method: ["GET"],
    matcher: "/admin/quantity-rules/:id",
    middlewares: [validateAndTransformQuery(AdminGetQuantityRuleParams, retrieveQuantityRuleConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/quantity-rules/:id",
    middlewares: [validateAndTransformBody(AdminUpdateQuantityRule)],
  },
]
