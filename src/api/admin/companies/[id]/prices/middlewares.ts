import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareFunction,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { AdminSetCompanyDiscount } from "../discount/validators"
import { AdminBatchCompanyPrices, AdminGetCompanyPricesParams, AdminImportCompanyPrices } from "./validators"

const priceListQueryConfig = { defaults: ["id"], isList: true }

/** Validates a JSON body only: an import may also arrive as a file upload or a CSV body. */
const whenJson =
  (middleware: MiddlewareFunction) => (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
    req.is("application/json") ? middleware(req, res, next) : next()

export const companyPriceMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/companies/:id/prices",
    middlewares: [validateAndTransformQuery(AdminGetCompanyPricesParams, priceListQueryConfig)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/companies/:id/prices/batch",
    middlewares: [validateAndTransformBody(AdminBatchCompanyPrices)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/companies/:id/prices/import",
    // JSON imports carry the whole file; uploads and text/csv bodies are streamed, not parsed here.
    bodyParser: { sizeLimit: "25mb" },
    middlewares: [whenJson(validateAndTransformBody(AdminImportCompanyPrices))],
  },
  {
    methods: ["POST"],
    matcher: "/admin/companies/:id/discount",
    middlewares: [validateAndTransformBody(AdminSetCompanyDiscount)],
  },
]
