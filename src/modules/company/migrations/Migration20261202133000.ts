import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202133000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "company" add column if not exists "hold_reason" text check ("hold_reason" in ('admin', 'overdue')) null;`);
    // Holds that exist already were set by an admin.
    this.addSql(`update "company" set "hold_reason" = 'admin' where "status" = 'on_hold' and "hold_reason" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "company" drop column if exists "hold_reason";`);
  }

}
