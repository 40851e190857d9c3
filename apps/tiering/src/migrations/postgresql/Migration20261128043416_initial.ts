import { Migration } from '@mikro-orm/migrations';

export class Migration20261128043416_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "tiering";`);
    this.addSql(`create table "tiering"."certification" ("id" varchar(36) not null, "uscc" varchar(18) not null, "county_code" varchar(6) not null, "tier" varchar(16) not null, "status" varchar(10) not null default 'valid', "issuer" varchar(100) not null, "doc_no" varchar(100) not null, "certified_on" varchar(10) not null, "valid_until" varchar(10) not null, "renewals" jsonb not null, "revoked_on" varchar(10) null, "revocation_reason" varchar(500) null, "fraud" boolean not null default false, "barred_until" varchar(10) null, "recommendation_id" varchar(36) null, "created_by" varchar(64) not null, "created_at" timestamptz(3) not null, "version" int not null default 1, constraint "certification_pkey" primary key ("id"));`);
    this.addSql(`create index "certification_status_idx" on "tiering"."certification" ("status", "valid_until");`);
    this.addSql(`create index "certification_uscc_idx" on "tiering"."certification" ("uscc", "tier");`);

    this.addSql(`create table "tiering"."enterprise_projection" ("uscc" varchar(18) not null, "name" varchar(100) not null, "county_code" varchar(6) not null, "industry_group" varchar(32) not null, "status" varchar(10) not null default 'active', "independent_legal_person" boolean null, "registry_version" int not null default 0, "years" jsonb not null, "updated_at" timestamptz(3) not null, constraint "enterprise_projection_pkey" primary key ("uscc"));`);
    this.addSql(`create index "enterprise_projection_county_idx" on "tiering"."enterprise_projection" ("county_code", "status");`);

    this.addSql(`create table "tiering"."evaluation_job" ("id" varchar(36) not null, "kind" varchar(10) not null, "status" varchar(10) not null default 'queued', "as_of" varchar(10) not null, "type" varchar(10) not null, "version_a" varchar(40) null, "version_b" varchar(40) null, "total" int not null default 0, "processed" int not null default 0, "changed" int not null default 0, "cursor" varchar(18) null, "summary" jsonb not null, "created_by" varchar(64) not null, "created_at" timestamptz(3) not null, "finished_at" timestamptz(3) null, "error" text null, constraint "evaluation_job_pkey" primary key ("id"));`);

    this.addSql(`create table "tiering"."evaluation_record" ("id" serial primary key, "uscc" varchar(18) not null, "as_of" varchar(10) not null, "type" varchar(10) not null, "trigger" varchar(10) not null, "rule_version" varchar(40) not null, "data_year" int not null, "inputs_hash" varchar(64) not null, "decisions" jsonb not null, "category" varchar(16) null, "created_at" timestamptz(3) not null);`);
    this.addSql(`create index "evaluation_record_uscc_idx" on "tiering"."evaluation_record" ("uscc", "id");`);

    this.addSql(`create table "tiering"."inbox_message" ("consumer" varchar(100) not null, "event_id" varchar(36) not null, "subject" varchar(200) not null, "processed_at" timestamptz(3) not null, constraint "inbox_message_pkey" primary key ("consumer", "event_id"));`);

    this.addSql(`create table "tiering"."liaison" ("uscc" varchar(18) not null, "cadre_name" varchar(50) not null, "cadre_rank" varchar(4) not null, "cadre_unit" varchar(100) not null, "phone" varchar(20) null, "assigned_by" varchar(64) not null, "assigned_at" timestamptz(3) not null, constraint "liaison_pkey" primary key ("uscc"));`);

    this.addSql(`create table "tiering"."outbox_message" ("seq" serial primary key, "event_id" varchar(36) not null, "subject" varchar(200) not null, "body" text not null, "occurred_at" timestamptz(3) not null, "published_at" timestamptz(3) null, "attempts" int not null default 0, "last_error" text null);`);
    this.addSql(`alter table "tiering"."outbox_message" add constraint "outbox_message_event_id_unique" unique ("event_id");`);
    this.addSql(`create index "outbox_message_pending_idx" on "tiering"."outbox_message" ("published_at", "seq");`);

    this.addSql(`create table "tiering"."pool_entry" ("uscc" varchar(18) not null, "county_code" varchar(6) not null, "name" varchar(100) not null, "category" varchar(16) null, "current_tier" varchar(16) null, "next_tier" varchar(16) null, "evaluation_id" int not null, "inputs_hash" varchar(64) not null, "result" jsonb not null, "distance" jsonb not null, "evaluated_at" timestamptz(3) not null, constraint "pool_entry_pkey" primary key ("uscc"));`);
    this.addSql(`create index "pool_entry_category_idx" on "tiering"."pool_entry" ("category", "county_code");`);

    this.addSql(`create table "tiering"."recommendation" ("id" varchar(36) not null, "uscc" varchar(18) not null, "county_code" varchar(6) not null, "tier" varchar(16) not null, "type" varchar(10) not null, "batch_year" int not null, "status" varchar(20) not null default 'county-recommended', "evaluation_id" int null, "evaluation_decision" varchar(16) null, "history" jsonb not null, "created_by_id" varchar(36) not null, "certification_id" varchar(36) null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "version" int not null default 1, constraint "recommendation_pkey" primary key ("id"));`);
    this.addSql(`create index "recommendation_status_idx" on "tiering"."recommendation" ("status", "county_code");`);
    this.addSql(`alter table "tiering"."recommendation" add constraint "recommendation_batch_unique" unique ("uscc", "tier", "type", "batch_year");`);

    this.addSql(`create table "tiering"."shadow_diff" ("id" serial primary key, "job_id" varchar(36) not null, "uscc" varchar(18) not null, "name" varchar(100) not null, "county_code" varchar(6) not null, "tier" varchar(16) not null, "decision_a" varchar(16) not null, "decision_b" varchar(16) not null, "changed" boolean not null, "explanation" text not null);`);
    this.addSql(`create index "shadow_diff_job_idx" on "tiering"."shadow_diff" ("job_id", "changed");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "tiering"."certification" cascade;`);

    this.addSql(`drop table if exists "tiering"."enterprise_projection" cascade;`);

    this.addSql(`drop table if exists "tiering"."evaluation_job" cascade;`);

    this.addSql(`drop table if exists "tiering"."evaluation_record" cascade;`);

    this.addSql(`drop table if exists "tiering"."inbox_message" cascade;`);

    this.addSql(`drop table if exists "tiering"."liaison" cascade;`);

    this.addSql(`drop table if exists "tiering"."outbox_message" cascade;`);

    this.addSql(`drop table if exists "tiering"."pool_entry" cascade;`);

    this.addSql(`drop table if exists "tiering"."recommendation" cascade;`);

    this.addSql(`drop table if exists "tiering"."shadow_diff" cascade;`);

  }

}
