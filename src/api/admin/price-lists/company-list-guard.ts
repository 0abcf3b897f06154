import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { repairCompanyPriceList } from "../../../workflows/prices"

/**
 * Medusa's admin price-list form can write a company list's rule under the key `customer_group_id`,
 * which the price matcher ignores, and that edit emits no event: once Medusa has answered, the list
 * is put right again (only lists that belong to a company are touched).
 */
function repairCompanyListAfterEdit(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const priceListId = req.params.id
  if (priceListId) {
    res.on("finish", () => {
      if (res.statusCode < 400) {
        repairCompanyPriceList(req.scope, priceListId).catch((error) =>
          req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Could not repair price list ${priceListId}: ${error.message}`)
        )
      }
    })
  }
  next()
}

export const companyPriceListGuardMiddlewares: MiddlewareRoute[] = [
  { methods: ["POST"], matcher: "/admin/price-lists/:id", middlewares: [repairCompanyListAfterEdit] },
]
