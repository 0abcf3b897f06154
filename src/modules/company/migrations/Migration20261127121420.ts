import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127121420 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "employee" drop constraint if exists "employee_customer_id_unique";`);
    this.addSql(`alter table if exists "company" drop constraint if exists "company_customer_group_id_unique";`);
    this.addSql(`create table if not exists "company" ("id" text not null, "name" text not null, "legal_name" text null, "tax_id" text null, "email" text null, "phone" text null, "address_1" text null, "address_2" text null, "city" text null, "postal_code" text null, "province" text null, "country_code" text null, "currency_code" text null, "status" text check ("status" in ('pending', 'active', 'on_hold', 'blocked')) not null default 'active', "customer_group_id" text null, "price_list_id" text null, "promotion_id" text null, "min_order_amount" numeric null, "account_manager_id" text null, "notes" text null, "metadata" jsonb null, "raw_min_order_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "company_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_company_deleted_at" ON "company" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_company_status" ON "company" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_company_customer_group_id_unique" ON "company" ("customer_group_id") WHERE deleted_at IS NULL AND customer_group_id IS NOT NULL;`);

    this.addSql(`create table if not exists "employee" ("id" text not null, "customer_id" text not null, "email" text null, "first_name" text null, "last_name" text null, "role" text check ("role" in ('admin', 'buyer', 'viewer')) not null default 'buyer', "spending_limit" numeric null, "company_id" text not null, "raw_spending_limit" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "employee_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_employee_company_id" ON "employee" ("company_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_employee_deleted_at" ON "employee" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_employee_customer_id_unique" ON "employee" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "employee" add constraint "employee_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "employee" drop constraint if exists "employee_company_id_foreign";`);

    this.addSql(`drop table if exists "company" cascade;`);

    this.addSql(`drop table if exists "employee" cascade;`);
  }

}
