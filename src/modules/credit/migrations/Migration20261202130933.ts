import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202130933 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "credit_ledger_entry" drop constraint if exists "credit_ledger_entry_payment_reference_unique";`);
    this.addSql(`alter table if exists "credit_ledger_entry" drop constraint if exists "credit_ledger_entry_cart_charge_unique";`);
    this.addSql(`alter table if exists "credit_account" drop constraint if exists "credit_account_company_id_unique";`);
    this.addSql(`create table if not exists "credit_account" ("id" text not null, "company_id" text not null, "currency_code" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "credit_account_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_credit_account_deleted_at" ON "credit_account" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_credit_account_company_id_unique" ON "credit_account" ("company_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "credit_allocation" ("id" text not null, "account_id" text not null, "source_entry_id" text not null, "charge_entry_id" text not null, "amount" numeric not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "credit_allocation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_credit_allocation_deleted_at" ON "credit_allocation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_credit_allocation_account_id" ON "credit_allocation" ("account_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_credit_allocation_charge_entry_id" ON "credit_allocation" ("charge_entry_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_credit_allocation_source_entry_id" ON "credit_allocation" ("source_entry_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "credit_due_change" ("id" text not null, "entry_id" text not null, "previous_due_at" timestamptz null, "due_at" timestamptz not null, "note" text null, "changed_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "credit_due_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_credit_due_change_deleted_at" ON "credit_due_change" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_credit_due_change_entry_id" ON "credit_due_change" ("entry_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "credit_ledger_entry" ("id" text not null, "account_id" text not null, "company_id" text not null, "type" text check ("type" in ('charge', 'payment', 'credit_note', 'adjustment')) not null, "direction" text check ("direction" in ('debit', 'credit')) not null, "amount" numeric not null, "currency_code" text not null, "order_id" text null, "cart_id" text null, "reference" text null, "note" text null, "occurred_at" timestamptz not null, "due_at" timestamptz null, "state" text check ("state" in ('pending', 'open', 'void')) null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "credit_ledger_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_credit_ledger_entry_deleted_at" ON "credit_ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_credit_ledger_entry_company_id_occurred_at" ON "credit_ledger_entry" ("company_id", "occurred_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_credit_ledger_entry_account_id_occurred_at" ON "credit_ledger_entry" ("account_id", "occurred_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_credit_ledger_entry_order_id" ON "credit_ledger_entry" ("order_id") WHERE deleted_at IS NULL AND order_id IS NOT NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_credit_ledger_entry_cart_charge_unique" ON "credit_ledger_entry" ("cart_id") WHERE deleted_at IS NULL AND type = 'charge' AND cart_id IS NOT NULL AND state <> 'void';`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_credit_ledger_entry_payment_reference_unique" ON "credit_ledger_entry" ("company_id", "reference") WHERE deleted_at IS NULL AND type = 'payment' AND reference IS NOT NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "credit_account" cascade;`);

    this.addSql(`drop table if exists "credit_allocation" cascade;`);

    this.addSql(`drop table if exists "credit_due_change" cascade;`);

    this.addSql(`drop table if exists "credit_ledger_entry" cascade;`);
  }

}
