import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202140000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "credit_ledger_entry" add column if not exists "overdue_marked_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "credit_ledger_entry" drop column if exists "overdue_marked_at";`);
  }

}
