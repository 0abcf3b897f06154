import { z } from "@medusajs/framework/zod"
import { isBoundedQuantity, quantityBound } from "../../../../../lib/input/bounds"
import { pageParams } from "../../../../utils/list-params"
import { CurrencyCode, Money } from "../../validators"

// Medusa's validation formatter keeps custom messages only for refinements, hence refine over min/max.
const Quantity = (field: string) =>
  z
    .number({ message: `${field} must be a number` })
    .refine(isBoundedQuantity, { message: quantityBound(field) })
    .nullish()

const Id = (field: string) =>
  z.string({ message: `${field} must be a string` }).refine((value) => value.trim().length > 0, { message: `${field} is required` })

export const CompanyPriceCreate = z
  .object({
    variant_id: Id("variant_id").optional(),
    sku: Id("sku").optional(),
    currency_code: CurrencyCode,
    amount: Money("amount"),
    min_quantity: Quantity("min_quantity"),
    max_quantity: Quantity("max_quantity"),
  })
  .strict()
  .refine((price) => !!(price.variant_id || price.sku), { message: "each price to create needs a variant_id or a sku" })

export const CompanyPriceUpdate = z
  .object({
    id: Id("id"),
    currency_code: CurrencyCode.optional(),
    amount: Money("amount").optional(),
    min_quantity: Quantity("min_quantity"),
    max_quantity: Quantity("max_quantity"),
  })
  .strict()

export const AdminBatchCompanyPrices = z
  .object({
    create: z.array(CompanyPriceCreate).default([]),
    update: z.array(CompanyPriceUpdate).default([]),
    delete: z.array(Id("delete[]")).default([]),
  })
  .strict()
export type AdminBatchCompanyPricesType = z.infer<typeof AdminBatchCompanyPrices>

export const PricePage = {
  q: z.string().trim().optional(),
  ...pageParams(50),
}

export const AdminGetCompanyPricesParams = z.object(PricePage)
export type AdminGetCompanyPricesParamsType = z.infer<typeof AdminGetCompanyPricesParams>

/** A CSV import sent as JSON; a file upload (multipart) or a text/csv body streams instead. */
export const AdminImportCompanyPrices = z
  .object({
    csv: z.string({ message: "csv must be the CSV text" }).refine((csv) => csv.trim().length > 0, { message: "csv is empty" }),
  })
  .strict()
export type AdminImportCompanyPricesType = z.infer<typeof AdminImportCompanyPrices>

/** Page parameters as the list query reads them. */
export const pageOf = (params: { limit: number; offset: number }) => ({ skip: params.offset, take: params.limit })
