import { z } from "@medusajs/framework/zod"
import { PricePage } from "../../../../admin/companies/[id]/prices/validators"

export const StoreGetCompanyPricesParams = z.object({
  ...PricePage,
  format: z.enum(["json", "csv"], { message: "format must be json or csv" }).default("json"),
})
export type StoreGetCompanyPricesParamsType = z.infer<typeof StoreGetCompanyPricesParams>
