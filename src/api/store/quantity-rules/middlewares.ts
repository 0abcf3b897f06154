import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreGetQuantityRulesParams } from "./validators"

export const storeQuantityRuleMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/quantity-rules",
    middlewares: [validateAndTransformQuery(StoreGetQuantityRulesParams, { isList: false })],
  },
]
