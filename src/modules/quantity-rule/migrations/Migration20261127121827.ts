import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127121827 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "quantity_rule" drop constraint if exists "quantity_rule_product_company_unique";`);
    this.addSql(`alter table if exists "quantity_rule" drop constraint if exists "quantity_rule_product_all_buyers_unique";`);
    this.addSql(`alter table if exists "quantity_rule" drop constraint if exists "quantity_rule_variant_company_unique";`);
    this.addSql(`alter table if exists "quantity_rule" drop constraint if exists "quantity_rule_variant_all_buyers_unique";`);
    this.addSql(`create table if not exists "quantity_rule" ("id" text not null, "variant_id" text null, "product_id" text null, "company_id" text null, "min_quantity" integer not null default 1, "increment" integer not null default 1, "max_quantity" integer null, "unit" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "quantity_rule_pkey" primary key ("id"), constraint quantity_rule_one_target check ((variant_id IS NULL) <> (product_id IS NULL)));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quantity_rule_deleted_at" ON "quantity_rule" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quantity_rule_variant_lookup" ON "quantity_rule" ("variant_id") WHERE deleted_at IS NULL AND variant_id IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quantity_rule_product_lookup" ON "quantity_rule" ("product_id") WHERE deleted_at IS NULL AND product_id IS NOT NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_quantity_rule_variant_all_buyers_unique" ON "quantity_rule" ("variant_id") WHERE deleted_at IS NULL AND variant_id IS NOT NULL AND company_id IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_quantity_rule_variant_company_unique" ON "quantity_rule" ("variant_id", "company_id") WHERE deleted_at IS NULL AND variant_id IS NOT NULL AND company_id IS NOT NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_quantity_rule_product_all_buyers_unique" ON "quantity_rule" ("product_id") WHERE deleted_at IS NULL AND product_id IS NOT NULL AND company_id IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_quantity_rule_product_company_unique" ON "quantity_rule" ("product_id", "company_id") WHERE deleted_at IS NULL AND product_id IS NOT NULL AND company_id IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quantity_rule_company_id" ON "quantity_rule" ("company_id") WHERE deleted_at IS NULL AND company_id IS NOT NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "quantity_rule" cascade;`);
  }

}
