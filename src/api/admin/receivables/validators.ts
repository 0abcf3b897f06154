import { z } from "@medusajs/framework/zod"
import { pageParams } from "../../utils/list-params"

export const AdminGetReceivablesParams = z.object({
  q: z.string().trim().max(200, "q must be at most 200 characters").optional(),
  ...pageParams(20),
})
export type AdminGetReceivablesParamsType = z.infer<typeof AdminGetReceivablesParams>
