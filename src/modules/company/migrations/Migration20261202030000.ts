import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202030000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "company_invitation" add column if not exists "spending_limit" numeric null, add column if not exists "raw_spending_limit" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "company_invitation" drop column if exists "spending_limit", drop column if exists "raw_spending_limit";`);
  }

}
