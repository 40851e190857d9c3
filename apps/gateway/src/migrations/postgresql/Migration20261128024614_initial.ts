import { Migration } from '@mikro-orm/migrations';

export class Migration20261128024614_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "gateway";`);
    this.addSql(`create table "gateway"."account" ("id" varchar(36) not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "username" varchar(64) not null, "display_name" varchar(64) not null, "department" varchar(100) null, "password_hash" varchar(100) not null, "roles" jsonb not null, "county_code" varchar(6) null, "disabled" boolean not null default false, "failed_logins" int not null default 0, "locked_until" timestamptz(3) null, "last_login_at" timestamptz(3) null, "must_change_password" boolean not null default false, "version" int not null default 1, constraint "account_pkey" primary key ("id"));`);
    this.addSql(`alter table "gateway"."account" add constraint "account_username_unique" unique ("username");`);

    this.addSql(`create table "gateway"."audit_log" ("id" serial primary key, "at" timestamptz(3) not null, "actor_id" varchar(36) null, "actor" varchar(64) not null, "roles" jsonb not null, "county_code" varchar(6) null, "action" varchar(64) not null, "method" varchar(10) not null, "path" varchar(300) not null, "target" varchar(100) null, "result" varchar(10) not null, "status" int not null, "error_code" varchar(64) null, "before" jsonb null, "after" jsonb null, "request" jsonb null, "ip" varchar(64) null);`);
    this.addSql(`create index "audit_log_actor_idx" on "gateway"."audit_log" ("actor", "at");`);
    this.addSql(`create index "audit_log_at_idx" on "gateway"."audit_log" ("at");`);

    this.addSql(`create table "gateway"."session" ("id" varchar(36) not null, "account_id" varchar(36) not null, "created_at" timestamptz(3) not null, "last_seen_at" timestamptz(3) not null, "expires_at" timestamptz(3) not null, "revoked_at" timestamptz(3) null, "ip" varchar(64) null, constraint "session_pkey" primary key ("id"));`);
    this.addSql(`create index "session_account_idx" on "gateway"."session" ("account_id");`);

    // The audit trail is append-only: the database itself refuses to change or remove a row.
    this.addSql(`create or replace function "gateway"."audit_log_append_only"() returns trigger language plpgsql as $$ begin raise exception 'audit_log is append-only'; end; $$;`);
    this.addSql(`create trigger "audit_log_no_update" before update on "gateway"."audit_log" for each row execute function "gateway"."audit_log_append_only"();`);
    this.addSql(`create trigger "audit_log_no_delete" before delete on "gateway"."audit_log" for each row execute function "gateway"."audit_log_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists "gateway"."audit_log_append_only"() cascade;`);
    this.addSql(`drop table if exists "gateway"."account" cascade;`);

    this.addSql(`drop table if exists "gateway"."audit_log" cascade;`);

    this.addSql(`drop table if exists "gateway"."session" cascade;`);

  }

}
