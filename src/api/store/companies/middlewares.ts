import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { storeQueryConfig } from "../allowed-fields"
import { LedgerListParams } from "../../admin/companies/[id]/credit/validators"
import {
  StoreAddEmployee,
  StoreApplyForCompany,
  StoreGetCompanyOrdersParams,
  StoreGetEmployeesParams,
  StoreUpdateCompany,
  StoreUpdateEmployee,
} from "./validators"
import { CreateCompanyAddress, GetCompanyAddressesParams, UpdateCompanyAddress } from "../../admin/companies/[id]/addresses/validators"

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
    middlewares: [validateAndTransformQuery(StoreGetEmployeesParams, storeQueryConfig("GET /store/companies/me/employees", true))],
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
    middlewares: [validateAndTransformQuery(StoreGetCompanyOrdersParams, storeQueryConfig("GET /store/companies/me/orders", true))],
  },
  {
    method: ["GET"],
    matcher: "/store/companies/me/addresses",
    middlewares: [validateAndTransformQuery(GetCompanyAddressesParams, storeQueryConfig("GET /store/companies/me/addresses", true))],
  },
  { method: ["POST"], matcher: "/store/companies/me/addresses", middlewares: [validateAndTransformBody(CreateCompanyAddress)] },
  {
    method: ["POST"],
    matcher: "/store/companies/me/addresses/:address_id",
    middlewares: [validateAndTransformBody(UpdateCompanyAddress)],
  },
  {
    method: ["GET"],
    matcher: "/store/companies/me/ledger",
    middlewares: [validateAndTransformQuery(LedgerListParams, { defaults: [], isList: true })],
  },
]
