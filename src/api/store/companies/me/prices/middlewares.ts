import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreGetCompanyPricesParams } from "./validators"

// Authentication of /store/companies* is declared with the company routes.
export const storeCompanyPriceMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/companies/me/prices",
    middlewares: [validateAndTransformQuery(StoreGetCompanyPricesParams, { defaults: ["id"], isList: true })],
  },
]
