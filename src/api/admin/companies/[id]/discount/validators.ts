import { z } from "@medusajs/framework/zod"

export const AdminSetCompanyDiscount = z
  .object({
    percent: z
      .number({ message: "percent must be a number" })
      .refine((value) => Number.isFinite(value) && value >= 0 && value <= 100, {
        message: "percent must be from 0 to 100 (0 removes the discount)",
      }),
  })
  .strict()
export type AdminSetCompanyDiscountType = z.infer<typeof AdminSetCompanyDiscount>
