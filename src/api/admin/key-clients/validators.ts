import { z } from "@medusajs/framework/zod"
import { pageParams } from "../../utils/list-params"
import { CurrencyCode } from "../companies/validators"

/** The longest period a ranking covers. */
export const MAX_PERIOD_DAYS = 366 * 10
const DAY_MS = 24 * 60 * 60 * 1000

const date = (field: string) =>
  z
    .string({ message: `${field} must be a date (e.g. 2026-01-31 or 2026-01-31T00:00:00Z)` })
    .trim()
    .refine((value) => /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) && !Number.isNaN(Date.parse(value)), {
      message: `${field} must be a date (e.g. 2026-01-31 or 2026-01-31T00:00:00Z)`,
    })
    .transform((value) => new Date(value))

/** The period and currency of a revenue figure: `from` (inclusive) to `to` (exclusive), one currency. */
const periodFields = {
  from: date(`from`).optional(),
  to: date(`to`).optional(),
  currency_code: CurrencyCode.optional(),
}

/** Without dates the period is the last twelve months. */
function resolvePeriod<T extends { from?: Date; to?: Date }>(params: T): T & { from: Date; to: Date } {
  const to = params.to ?? new Date()
  const from = params.from ?? new Date(Date.UTC(to.getUTCFullYear() - 1, to.getUTCMonth(), to.getUTCDate()))
  return { ...params, from, to }
}

/** `from` must come before `to`, at most ten years apart. */
const periodChecks = <S extends z.ZodType<{ from: Date; to: Date }>>(schema: S) =>
  schema
    .refine((params) => params.from < params.to, { message: "from must be before to" })
    .refine((params) => params.to.getTime() - params.from.getTime() <= MAX_PERIOD_DAYS * DAY_MS, {
      message: "The period can span at most ten years",
    })

export const AdminGetKeyClientsParams = periodChecks(z.object({ ...periodFields, ...pageParams(50) }).transform(resolvePeriod))
export type AdminGetKeyClientsParamsType = z.infer<typeof AdminGetKeyClientsParams>

export const AdminGetCompanyKeyFiguresParams = periodChecks(z.object(periodFields).transform(resolvePeriod))
export type AdminGetCompanyKeyFiguresParamsType = z.infer<typeof AdminGetCompanyKeyFiguresParams>
