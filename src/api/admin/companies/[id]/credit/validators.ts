import { z } from "@medusajs/framework/zod"
import { CHARGE_STATUSES, LEDGER_DIRECTIONS, LEDGER_ENTRY_TYPES } from "../../../../../lib/credit/vocabulary"
import { isBoundedMoneyAmount, moneyAmountBound } from "../../../../../lib/input/bounds"
import { listParams } from "../../../../utils/list-params"
import { CurrencyCode, DateInput } from "../../validators"

// Medusa's validation formatter keeps custom messages only for refinements, hence refine over min/max.
const PositiveAmount = (field: string) =>
  z
    .number({ message: `${field} must be a number` })
    .refine((value) => value > 0, { message: `${field} must be more than 0` })
    .refine((value) => !(value > 0) || isBoundedMoneyAmount(value), { message: moneyAmountBound(field) })

const oneOrMany = <T extends readonly [string, ...string[]]>(values: T, field: string) => {
  const one = z.enum(values, { message: `${field} must be one of ${values.join(", ")}` })
  return z.union([one, z.array(one)]).optional()
}

const shortText = (field: string, max: number) =>
  z
    .string({ message: `${field} must be a string` })
    .trim()
    .refine((value) => value.length <= max, { message: `${field} must be at most ${max} characters` })

export const LedgerListParams = listParams({ limit: 50, orderable: ["occurred_at", "due_at", "amount"] }).extend({
  type: oneOrMany(LEDGER_ENTRY_TYPES, "type"),
  status: oneOrMany(CHARGE_STATUSES, "status"),
  order_id: z.string().trim().max(64).optional(),
  from: DateInput("from").optional(),
  to: DateInput("to").optional(),
})
export type LedgerListParamsType = z.infer<typeof LedgerListParams>

export const AdminRecordPayment = z.object({
  amount: PositiveAmount("amount"),
  currency_code: CurrencyCode,
  received_at: DateInput("received_at").optional(),
  reference: shortText("reference", 255).nullish(),
  note: shortText("note", 2000).nullish(),
  allocations: z
    .array(z.object({ entry_id: z.string().trim().min(1).max(64), amount: PositiveAmount("allocations.amount") }))
    .max(1000)
    .optional(),
})
export type AdminRecordPaymentType = z.infer<typeof AdminRecordPayment>

export const AdminRecordAdjustment = z.object({
  amount: PositiveAmount("amount"),
  direction: z.enum(LEDGER_DIRECTIONS, { message: `direction must be one of ${LEDGER_DIRECTIONS.join(", ")}` }),
  reason: shortText("reason", 2000).refine((value) => value.length > 0, { message: "reason is required" }),
})
export type AdminRecordAdjustmentType = z.infer<typeof AdminRecordAdjustment>

export const AdminDeferCharge = z.object({
  due_at: DateInput("due_at"),
  note: shortText("note", 2000).nullish(),
})
export type AdminDeferChargeType = z.infer<typeof AdminDeferCharge>
