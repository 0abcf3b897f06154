import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareFunction,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  AdminAddEmployee,
  AdminApproveCompany,
  AdminBatchCompanyStatus,
  AdminCreateCompany,
  AdminExportCompaniesParams,
  AdminRejectCompany,
  AdminGetCompaniesParams,
  AdminGetCompanyOrdersParams,
  AdminGetCompanyParams,
  AdminGetEmployeesParams,
  AdminUpdateCompany,
  AdminUpdateEmployee,
} from "./validators"
import {
  listCompaniesConfig,
  listCompanyOrdersConfig,
  listEmployeesConfig,
  retrieveCompanyConfig,
} from "./query-config"
import { CreateCompanyAddress, GetCompanyAddressesParams, UpdateCompanyAddress } from "./[id]/addresses/validators"
import { companyAddressesQueryConfig } from "../../utils/company-addresses"

/** Paths under /admin/companies that are routes of their own, not a company id. */
const COMPANY_COLLECTION_ROUTES = new Set(["export"])

/** Runs the middleware for `/admin/companies/:id` only when the segment is an id, not e.g. `export`. */
const forCompanyId =
  (middleware: MiddlewareFunction) => (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
    COMPANY_COLLECTION_ROUTES.has(req.params.id) ? next() : middleware(req, res, next)

export const adminCompanyMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/companies",
    middlewares: [validateAndTransformQuery(AdminGetCompaniesParams, listCompaniesConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/companies",
    middlewares: [validateAndTransformBody(AdminCreateCompany)],
  },
  {
    method: ["GET"],
    matcher: "/admin/companies/:id",
    middlewares: [forCompanyId(validateAndTransformQuery(AdminGetCompanyParams, retrieveCompanyConfig))],
  },
  {
    method: ["GET"],
    matcher: "/admin/companies/export",
    middlewares: [validateAndTransformQuery(AdminExportCompaniesParams, { defaults: ["id"], isList: false })],
  },
  {
    method: ["POST"],
    matcher: "/admin/companies/batch/status",
    middlewares: [validateAndTransformBody(AdminBatchCompanyStatus)],
  },
  {
    method: ["POST"],
    matcher: "/admin/companies/:id/approve",
    middlewares: [validateAndTransformBody(AdminApproveCompany)],
  },
  {
    method: ["POST"],
    matcher: "/admin/companies/:id/reject",
    middlewares: [validateAndTransformBody(AdminRejectCompany)],
  },
  {
    method: ["POST"],
    matcher: "/admin/companies/:id",
    middlewares: [validateAndTransformBody(AdminUpdateCompany)],
  },
  {
    method: ["GET"],
    matcher: "/admin/companies/:id/employees",
    middlewares: [validateAndTransformQuery(AdminGetEmployeesParams, listEmployeesConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/companies/:id/employees",
    middlewares: [validateAndTransformBody(AdminAddEmployee)],
  },
  {
    method: ["POST"],
    matcher: "/admin/companies/:id/employees/:employee_id",
    middlewares: [validateAndTransformBody(AdminUpdateEmployee)],
  },
  {
    method: ["GET"],
    matcher: "/admin/companies/:id/orders",
    middlewares: [validateAndTransformQuery(AdminGetCompanyOrdersParams, listCompanyOrdersConfig)],
  },
  {
    method: ["GET"],
    matcher: "/admin/companies/:id/addresses",
    middlewares: [validateAndTransformQuery(GetCompanyAddressesParams, companyAddressesQueryConfig)],
  },
  { method: ["POST"], matcher: "/admin/companies/:id/addresses", middlewares: [validateAndTransformBody(CreateCompanyAddress)] },
  {
    method: ["POST"],
    matcher: "/admin/companies/:id/addresses/:address_id",
    middlewares: [validateAndTransformBody(UpdateCompanyAddress)],
  },
]
