import { z } from "@medusajs/framework/zod"

export const MAX_PAGE_SIZE = 1000
export const MAX_OFFSET = 1_000_000_000

// Medusa's validation formatter keeps custom messages only for refinements, hence refine over min/max.
const wholeNumber = (field: string, min: number, max: number) =>
  z
    .union([z.string(), z.number()])
    .refine((value) => (value === "" ? false : Number.isInteger(Number(value)) && Number(value) >= min && Number(value) <= max), {
      message: `${field} must be a whole number from ${min} to ${max.toLocaleString("en")}`,
    })
    .transform(Number)

/** `limit` and `offset` of every list route: a page of 1 to 1000 rows. */
export const pageParams = (defaultLimit: number) => ({
  limit: wholeNumber("limit", 1, MAX_PAGE_SIZE).default(defaultLimit),
  offset: wholeNumber("offset", 0, MAX_OFFSET).default(0),
})

/**
 * The query of a list route: `fields`, a page, and `order` naming one of the list's own fields
 * (a leading `-` sorts descending). Anything else in `order` answers 400 instead of reaching the database.
 */
export function listParams(options: { limit: number; orderable: readonly string[] }) {
  const orderable = new Set(options.orderable)
  return z.object({
    fields: z.string().optional(),
    ...pageParams(options.limit),
    order: z
      .string()
      .refine((order) => orderable.has(order.replace(/^-/, "")), {
        message: `order must be one of ${[...orderable].join(", ")} (a leading - sorts descending)`,
      })
      .optional(),
  })
}
