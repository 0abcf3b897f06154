import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCompanyMiddlewares } from "./admin/companies/middlewares"
import { storeCompanyMiddlewares } from "./store/companies/middlewares"
import { adminQuantityRuleMiddlewares } from "./admin/quantity-rules/middlewares"
import { storeQuantityRuleMiddlewares } from "./store/quantity-rules/middlewares"
import { companyPriceMiddlewares } from "./admin/companies/[id]/prices/middlewares"
import { storeCompanyPriceMiddlewares } from "./store/companies/me/prices/middlewares"
import { storeCartMiddlewares } from "./store/carts/middlewares"
import { adminKeyClientMiddlewares } from "./admin/key-clients/middlewares"
import { adminCompanyCreditMiddlewares } from "./admin/companies/[id]/credit/middlewares"
import { inputGuardMiddlewares } from "./utils/input-guards"
import { companyRecordGuardMiddlewares } from "./admin/company-records/middlewares"
import { storeFieldsMiddlewares } from "./store/fields-guard"
import { adminInvitationMiddlewares, storeInvitationMiddlewares } from "./store/invitations/middlewares"

export default defineMiddlewares({
  routes: [
    ...inputGuardMiddlewares,
    ...storeFieldsMiddlewares,
    ...adminCompanyMiddlewares,
    ...adminCompanyCreditMiddlewares,
    ...storeCompanyMiddlewares,
    ...adminQuantityRuleMiddlewares,
    ...storeQuantityRuleMiddlewares,
    ...companyPriceMiddlewares,
    ...storeCompanyPriceMiddlewares,
    ...storeCartMiddlewares,
    ...storeInvitationMiddlewares,
    ...adminInvitationMiddlewares,
    ...companyRecordGuardMiddlewares,
    ...adminKeyClientMiddlewares,
  ],
})
