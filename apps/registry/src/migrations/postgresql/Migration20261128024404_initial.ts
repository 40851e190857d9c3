import { Migration } from '@mikro-orm/migrations';

export class Migration20261128024404_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "registry";`);
    this.addSql(`create table "registry"."annual_data" ("id" serial primary key, "uscc" varchar(18) not null, "year" int not null, "facts" jsonb not null, "size_class" varchar(10) null, "size_class_detail" jsonb not null, "source" varchar(10) not null default 'manual', "submitted_by" varchar(64) not null, "submitted_at" timestamptz(3) not null, "revision" int not null default 1);`);
    this.addSql(`alter table "registry"."annual_data" add constraint "annual_data_uscc_year_unique" unique ("uscc", "year");`);

    this.addSql(`create table "registry"."change_log" ("id" serial primary key, "uscc" varchar(18) not null, "at" timestamptz(3) not null, "actor" varchar(64) not null, "action" varchar(16) not null, "changes" jsonb not null, "reason" text null, "year" int null);`);
    this.addSql(`create index "change_log_uscc_idx" on "registry"."change_log" ("uscc", "id");`);

    this.addSql(`create table "registry"."enterprise" ("uscc" varchar(18) not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "name" varchar(100) not null, "county_code" varchar(6) not null, "industry_group" varchar(32) not null, "chain_tags" varchar(300) not null default ',', "contacts" jsonb not null, "address" varchar(200) null, "legal_representative" varchar(50) null, "established_on" varchar(10) null, "independent_legal_person" boolean null, "main_product" varchar(200) null, "status" varchar(10) not null default 'active', "category" varchar(16) null, "tier" varchar(16) null, "size_class" varchar(10) null, "size_class_year" int null, "latest_data_year" int null, "admitted_at" timestamptz(3) not null, "removed_at" timestamptz(3) null, "removal_reason" varchar(500) null, "created_by" varchar(64) not null, "updated_by" varchar(64) not null, "version" int not null default 1, constraint "enterprise_pkey" primary key ("uscc"));`);
    this.addSql(`create index "enterprise_name_idx" on "registry"."enterprise" ("name");`);
    this.addSql(`create index "enterprise_county_status_idx" on "registry"."enterprise" ("county_code", "status");`);

    this.addSql(`create table "registry"."import_job" ("id" varchar(36) not null, "file_name" varchar(200) not null, "file_hash" varchar(64) not null, "status" varchar(10) not null default 'receiving', "total_rows" int not null, "received_rows" int not null default 0, "processed_rows" int not null default 0, "created_rows" int not null default 0, "updated_rows" int not null default 0, "unchanged_rows" int not null default 0, "failed_rows" int not null default 0, "previous_import_id" varchar(36) null, "actor" jsonb not null, "created_by" varchar(64) not null, "scope_county" varchar(6) null, "created_at" timestamptz(3) not null, "finished_at" timestamptz(3) null, constraint "import_job_pkey" primary key ("id"));`);
    this.addSql(`create index "import_job_file_hash_idx" on "registry"."import_job" ("file_hash");`);
    this.addSql(`create index "import_job_status_idx" on "registry"."import_job" ("status");`);

    this.addSql(`create table "registry"."import_row" ("id" serial primary key, "import_id" varchar(36) not null, "row_number" int not null, "cells" jsonb not null, "status" varchar(10) not null default 'pending', "messages" jsonb null, "uscc" varchar(18) null, "name" varchar(100) null);`);
    this.addSql(`create index "import_row_job_status_idx" on "registry"."import_row" ("import_id", "status");`);
    this.addSql(`alter table "registry"."import_row" add constraint "import_row_job_row_unique" unique ("import_id", "row_number");`);

    this.addSql(`create table "registry"."inbox_message" ("consumer" varchar(100) not null, "event_id" varchar(36) not null, "subject" varchar(200) not null, "processed_at" timestamptz(3) not null, constraint "inbox_message_pkey" primary key ("consumer", "event_id"));`);

    this.addSql(`create table "registry"."outbox_message" ("seq" serial primary key, "event_id" varchar(36) not null, "subject" varchar(200) not null, "body" text not null, "occurred_at" timestamptz(3) not null, "published_at" timestamptz(3) null, "attempts" int not null default 0, "last_error" text null);`);
    this.addSql(`alter table "registry"."outbox_message" add constraint "outbox_message_event_id_unique" unique ("event_id");`);
    this.addSql(`create index "outbox_message_pending_idx" on "registry"."outbox_message" ("published_at", "seq");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "registry"."annual_data" cascade;`);

    this.addSql(`drop table if exists "registry"."change_log" cascade;`);

    this.addSql(`drop table if exists "registry"."enterprise" cascade;`);

    this.addSql(`drop table if exists "registry"."import_job" cascade;`);

    this.addSql(`drop table if exists "registry"."import_row" cascade;`);

    this.addSql(`drop table if exists "registry"."inbox_message" cascade;`);

    this.addSql(`drop table if exists "registry"."outbox_message" cascade;`);

  }

}
