import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261127160000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_company_price_list_id_unique" ON "company" ("price_list_id") WHERE deleted_at IS NULL AND price_list_id IS NOT NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_company_price_list_id_unique";`);
  }

}
