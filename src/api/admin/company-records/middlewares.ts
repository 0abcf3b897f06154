import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

type CompanyRecordKind = "price_list_id" | "customer_group_id"

const DESCRIBED: Record<CompanyRecordKind, string> = {
  price_list_id: "price list holds the negotiated prices",
  customer_group_id: "customer group holds the employees",
}

/**
 * Refuses to delete, through Medusa's own admin routes, a price list or customer group that belongs to a
 * company: the company would keep pointing at it and its buyers would lose their prices. Deleting the company
 * removes both.
 */
const refuseDeletingCompanyRecord =
  (kind: CompanyRecordKind) => async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "company", fields: ["id", "name"], filters: { [kind]: req.params.id } })
      const company = data[0] as { id: string; name: string } | undefined
      if (company) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `This ${DESCRIBED[kind]} of the company "${company.name}" (${company.id}); it cannot be deleted on its own. ` +
            `Delete the company instead (Companies → ${company.name} → Delete).`
        )
      }
      next()
    } catch (error) {
      next(error)
    }
  }

export const companyRecordGuardMiddlewares: MiddlewareRoute[] = [
  { method: ["DELETE"], matcher: "/admin/price-lists/:id", middlewares: [refuseDeletingCompanyRecord("price_list_id")] },
  {
    method: ["DELETE"],
    matcher: "/admin/customer-groups/:id",
    middlewares: [refuseDeletingCompanyRecord("customer_group_id")],
  },
]
