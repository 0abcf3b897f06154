import { z } from "@medusajs/framework/zod"
import { CompanyAddressKind } from "../../../../admin/companies/[id]/addresses/validators"

/** Which company address the cart takes, and as which of its addresses. */
export const StoreSetCartCompanyAddress = z
  .object({
    address_id: z
      .string({ message: "address_id must be the id of one of your company's addresses" })
      .trim()
      .refine((id) => id.length > 0 && id.length <= 64, { message: "address_id must be the id of one of your company's addresses" }),
    kind: CompanyAddressKind,
  })
  .strict()
export type StoreSetCartCompanyAddressType = z.infer<typeof StoreSetCartCompanyAddress>
