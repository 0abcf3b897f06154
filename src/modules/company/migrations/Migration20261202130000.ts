import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202130000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "company" add column if not exists "payment_terms" text check ("payment_terms" in ('prepaid', 'net', 'guarantee')) not null default 'prepaid', add column if not exists "net_days" integer null, add column if not exists "credit_limit" numeric null, add column if not exists "raw_credit_limit" jsonb null, add column if not exists "overdue_hold_days" integer null, add column if not exists "contract_number" text null, add column if not exists "contract_date" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "company" drop column if exists "payment_terms", drop column if exists "net_days", drop column if exists "credit_limit", drop column if exists "raw_credit_limit", drop column if exists "overdue_hold_days", drop column if exists "contract_number", drop column if exists "contract_date";`);
  }

}
