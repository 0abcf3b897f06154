import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminAddEmployee,
  AdminCreateCompany,
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
    middlewares: [validateAndTransformQuery(AdminGetCompanyParams, retrieveCompanyConfig)],
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
