import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { listCompanyOrdersConfig, listEmployeesConfig } from "../../admin/companies/query-config"
import {
  StoreAddEmployee,
  StoreApplyForCompany,
  StoreGetCompanyOrdersParams,
  StoreGetEmployeesParams,
  StoreUpdateCompany,
  StoreUpdateEmployee,
} from "./validators"

export const storeCompanyMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/companies*",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  { method: ["POST"], matcher: "/store/companies", middlewares: [validateAndTransformBody(StoreApplyForCompany)] },
  { method: ["POST"], matcher: "/store/companies/me", middlewares: [validateAndTransformBody(StoreUpdateCompany)] },
  {
    method: ["GET"],
    matcher: "/store/companies/me/employees",
    middlewares: [validateAndTransformQuery(StoreGetEmployeesParams, listEmployeesConfig)],
  },
  {
    method: ["POST"],
    matcher: "/store/companies/me/employees",
    middlewares: [validateAndTransformBody(StoreAddEmployee)],
  },
  {
    method: ["POST"],
    matcher: "/store/companies/me/employees/:employee_id",
    middlewares: [validateAndTransformBody(StoreUpdateEmployee)],
  },
  {
    method: ["GET"],
    matcher: "/store/companies/me/orders",
    middlewares: [validateAndTransformQuery(StoreGetCompanyOrdersParams, listCompanyOrdersConfig)],
  },
]
