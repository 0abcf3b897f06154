import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202020000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "company" add column if not exists "min_order_currency_code" text null;`);
    // A minimum set before it had a currency was meant in the company's currency.
    this.addSql(`update "company" set "min_order_currency_code" = "currency_code" where "min_order_amount" is not null and "min_order_currency_code" is null and "currency_code" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "company" drop column if exists "min_order_currency_code";`);
  }

}
