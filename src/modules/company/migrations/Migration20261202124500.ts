import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202124500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "company_address" ("id" text not null, "company_id" text not null, "kind" text check ("kind" in ('billing', 'shipping')) not null default 'shipping', "label" text null, "first_name" text null, "last_name" text null, "company" text null, "address_1" text null, "address_2" text null, "city" text null, "postal_code" text null, "province" text null, "country_code" text null, "phone" text null, "is_default" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "company_address_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_company_address_deleted_at" ON "company_address" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_company_address_company_id" ON "company_address" ("company_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_company_address_one_billing" ON "company_address" ("company_id") WHERE deleted_at IS NULL AND kind = 'billing';`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_company_address_one_default_shipping" ON "company_address" ("company_id") WHERE deleted_at IS NULL AND kind = 'shipping' AND is_default = true;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "company_address" cascade;`);
  }

}
