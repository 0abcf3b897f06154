import { z } from "@medusajs/framework/zod"
import { isBoundedPercent, percentBound } from "../../../../../lib/input/bounds"

export const AdminSetCompanyDiscount = z
  .object({
    percent: z
      .number({ message: "percent must be a number" })
      .refine(isBoundedPercent, { message: `${percentBound("percent")} (0 removes the discount)` }),
  })
  .strict()
export type AdminSetCompanyDiscountType = z.infer<typeof AdminSetCompanyDiscount>
