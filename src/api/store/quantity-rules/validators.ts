import { z } from "@medusajs/framework/zod"

const variantId = z.string().trim().min(1, { message: "variant_id cannot be empty" }).max(64)

export const StoreGetQuantityRulesParams = z.object({
  variant_id: z
    .union([variantId, z.array(variantId)])
    .transform((ids) => (Array.isArray(ids) ? ids : [ids]))
    .refine((ids) => ids.length <= 200, { message: "Ask for at most 200 variant_id values at once" }),
})
export type StoreGetQuantityRulesParamsType = z.infer<typeof StoreGetQuantityRulesParams>
