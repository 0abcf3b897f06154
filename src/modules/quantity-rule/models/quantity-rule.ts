import { model } from "@medusajs/framework/utils"

// A lot rule: one variant or one product, for one company or (company_id null) every buyer.
export const QuantityRule = model
  .define("quantity_rule", {
    id: model.id({ prefix: "qrule" }).primaryKey(),
    variant_id: model.text().nullable(),
    product_id: model.text().nullable(),
    company_id: model.text().nullable(),
    min_quantity: model.number().default(1),
    increment: model.number().default(1),
    max_quantity: model.number().nullable(),
    unit: model.text().nullable(),
    metadata: model.json().nullable(),
  })
  .checks([
    {
      name: "quantity_rule_one_target",
      expression: (columns) => `(${columns.variant_id} IS NULL) <> (${columns.product_id} IS NULL)`,
    },
  ])
  .indexes([
    // The cart check looks rules up by variant and product on every add-to-cart.
    { name: "IDX_quantity_rule_variant_lookup", on: ["variant_id"], where: "deleted_at IS NULL AND variant_id IS NOT NULL" },
    { name: "IDX_quantity_rule_product_lookup", on: ["product_id"], where: "deleted_at IS NULL AND product_id IS NOT NULL" },
    // One rule per target; NULLs are distinct in unique indexes, so the every-buyer rule has its own.
    {
      name: "IDX_quantity_rule_variant_all_buyers_unique",
      on: ["variant_id"],
      unique: true,
      where: "deleted_at IS NULL AND variant_id IS NOT NULL AND company_id IS NULL",
    },
    {
      name: "IDX_quantity_rule_variant_company_unique",
      on: ["variant_id", "company_id"],
      unique: true,
      where: "deleted_at IS NULL AND variant_id IS NOT NULL AND company_id IS NOT NULL",
    },
    {
      name: "IDX_quantity_rule_product_all_buyers_unique",
      on: ["product_id"],
      unique: true,
      where: "deleted_at IS NULL AND product_id IS NOT NULL AND company_id IS NULL",
    },
    {
      name: "IDX_quantity_rule_product_company_unique",
      on: ["product_id", "company_id"],
      unique: true,
      where: "deleted_at IS NULL AND product_id IS NOT NULL AND company_id IS NOT NULL",
    },
    { name: "IDX_quantity_rule_company_id", on: ["company_id"], where: "deleted_at IS NULL AND company_id IS NOT NULL" },
  ])
