import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202022205 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "company_invitation" ("id" text not null, "company_id" text not null, "email" text not null, "role" text check ("role" in ('admin', 'buyer', 'viewer')) not null default 'buyer', "token_hash" text not null, "status" text check ("status" in ('pending', 'accepted', 'declined', 'revoked', 'expired')) not null default 'pending', "expires_at" timestamptz not null, "invited_by" text null, "answered_at" timestamptz null, "customer_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "company_invitation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_company_invitation_deleted_at" ON "company_invitation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_company_invitation_company_id_email_unique" ON "company_invitation" ("company_id", "email") WHERE deleted_at IS NULL AND status = 'pending';`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_company_invitation_token_hash_unique" ON "company_invitation" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_company_invitation_email" ON "company_invitation" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_company_invitation_expires_at" ON "company_invitation" ("expires_at") WHERE deleted_at IS NULL AND status = 'pending';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "company_invitation" cascade;`);
  }

}
