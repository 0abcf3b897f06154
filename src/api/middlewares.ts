import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCompanyMiddlewares } from "./admin/companies/middlewares"
import { storeCompanyMiddlewares } from "./store/companies/middlewares"
import { adminQuantityRuleMiddlewares } from "./admin/quantity-rules/middlewares"
import { storeQuantityRuleMiddlewares } from "./store/quantity-rules/middlewares"

export default defineMiddlewares({
  routes: [
    ...adminCompanyMiddlewares,
    ...storeCompanyMiddlewares,
    ...adminQuantityRuleMiddlewares,
    ...storeQuantityRuleMiddlewares,
  ],
})
