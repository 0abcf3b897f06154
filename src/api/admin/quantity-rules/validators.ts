import { z } from "@medusajs/framework/zod"
import { MAX_QUANTITY, quantityBound } from "../../../lib/input/bounds"
import { listParams } from "../../utils/list-params"

const id = (field: string) => z.string().trim().min(1, { message: `${field} cannot be empty` }).max(64)
// Whole-number and multiple-of-increment rules live in src/lib/quantity-rules, so the admin UI shares them;
// the bound here keeps a huge value from reaching the database's integer columns.
const quantity = (field: string) =>
  z.number({ message: `${field} must be a number` }).refine((value) => !(value > MAX_QUANTITY), { message: quantityBound(field) })
const oneOrMany = (field: string) => z.union([id(field), z.array(id(field))])

export const QuantityRuleTerms = {
  min_quantity: quantity("min_quantity").optional(),
  increment: quantity("increment").optional(),
  max_quantity: quantity("max_quantity").nullish(),
  unit: z.string().trim().max(64, { message: "unit must be at most 64 characters" }).nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
}

export const AdminCreateQuantityRule = z.object({
  variant_id: id("variant_id").nullish(),
  product_id: id("product_id").nullish(),
  company_id: id("company_id").nullish(),
  ...QuantityRuleTerms,
})
export type AdminCreateQuantityRuleType = z.infer<typeof AdminCreateQuantityRule>

// The target is fixed: changing it is a delete and a create.
export const AdminUpdateQuantityRule = z.object(QuantityRuleTerms)
export type AdminUpdateQuantityRuleType = z.infer<typeof AdminUpdateQuantityRule>

// Medusa's batch convention, typed.
export const AdminBatchQuantityRules = z.object({
  create: z.array(AdminCreateQuantityRule).optional(),
  update: z.array(AdminUpdateQuantityRule.extend({ id: id("id") })).optional(),
  delete: z.array(id("id")).optional(),
})
export type AdminBatchQuantityRulesType = z.infer<typeof AdminBatchQuantityRules>

const ORDERABLE_QUANTITY_RULE_FIELDS = ["id", "variant_id", "product_id", "company_id", "min_quantity", "created_at", "updated_at"]

export const AdminGetQuantityRulesParams = listParams({ limit: 50, orderable: ORDERABLE_QUANTITY_RULE_FIELDS }).extend({
  variant_id: oneOrMany("variant_id").optional(),
  product_id: oneOrMany("product_id").optional(),
  company_id: oneOrMany("company_id").optional(),
})
export type AdminGetQuantityRulesParamsType = z.infer<typeof AdminGetQuantityRulesParams>

export const AdminGetQuantityRuleParams = z.object({ fields: z.string().optional() })

export const QUANTITY_RULE_ADMIN_FIELDS = [
  "id", "variant_id", "product_id", "company_id", "min_quantity", "increment", "max_quantity", "unit",
  "metadata", "created_at", "updated_at",
]
export const listQuantityRulesConfig = { defaults: QUANTITY_RULE_ADMIN_FIELDS, isList: true }
export const retrieveQuantityRuleConfig = { defaults: QUANTITY_RULE_ADMIN_FIELDS, isList: false }
