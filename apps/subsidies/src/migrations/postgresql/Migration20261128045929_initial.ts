import { Migration } from '@mikro-orm/migrations';

export class Migration20261128045929_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "subsidies";`);
    this.addSql(`create table "subsidies"."award_application" ("id" varchar(36) not null, "uscc" varchar(18) not null, "county_code" varchar(6) not null, "award_id" varchar(20) not null, "date" varchar(10) not null, "reference" varchar(100) not null, "park_id" varchar(36) null, "facts" jsonb not null, "documents" jsonb not null, "preview" jsonb not null, "status" varchar(10) not null default 'submitted', "entitlement_id" varchar(36) null, "submitted_by_id" varchar(36) not null, "submitted_by" varchar(64) not null, "reviewed_by" varchar(64) null, "comment" text null, "created_at" timestamptz(3) not null, constraint "award_application_pkey" primary key ("id"));`);
    this.addSql(`create index "award_application_status_idx" on "subsidies"."award_application" ("status", "county_code");`);

    this.addSql(`create table "subsidies"."award_version" ("id" varchar(36) not null, "award_id" varchar(20) not null, "status" varchar(10) not null default 'proposed', "effective_from" varchar(10) not null, "effective_to" varchar(10) null, "title" varchar(200) not null, "doc_no" varchar(100) not null, "article" varchar(200) null, "terms" jsonb not null, "note" text null, "proposed_by_id" varchar(36) not null, "proposed_by" varchar(64) not null, "decided_by" varchar(64) null, "comment" text null, "created_at" timestamptz(3) not null, "decided_at" timestamptz(3) null, "version" int not null default 1, constraint "award_version_pkey" primary key ("id"));`);
    this.addSql(`create index "award_version_award_idx" on "subsidies"."award_version" ("award_id", "status");`);

    this.addSql(`create table "subsidies"."budget_line" ("id" varchar(36) not null, "payer" varchar(4) not null, "county_code" varchar(6) not null default '', "year" int not null, "amount_fen" bigint not null default 0, "reserved_fen" bigint not null default 0, "consumed_fen" bigint not null default 0, "version" int not null default 1, constraint "budget_line_pkey" primary key ("id"));`);
    this.addSql(`alter table "subsidies"."budget_line" add constraint "budget_line_unique" unique ("payer", "county_code", "year");`);
    this.addSql(`alter table "subsidies"."budget_line" add constraint "budget_line_amounts" check ("amount_fen" >= 0 and "reserved_fen" >= 0 and "consumed_fen" >= 0 and "reserved_fen" + "consumed_fen" <= "amount_fen");`);

    this.addSql(`create table "subsidies"."enterprise_card" ("uscc" varchar(18) not null, "name" varchar(100) not null default '', "county_code" varchar(6) not null default '', "registry_version" int not null default 0, "titles" jsonb not null, "size_class" varchar(12) null, "status" varchar(10) not null default 'active', "liaison" jsonb null, "updated_at" timestamptz(3) not null, constraint "enterprise_card_pkey" primary key ("uscc"));`);

    this.addSql(`create table "subsidies"."entitlement" ("id" varchar(36) not null, "award_id" varchar(20) not null, "uscc" varchar(18) not null, "county_code" varchar(6) not null, "origin" varchar(16) not null, "trigger_key" varchar(64) not null, "trigger_date" varchar(10) not null, "amount_fen" bigint not null, "cap_applied" boolean not null default false, "payer" varchar(4) not null, "split" jsonb not null, "computation" jsonb not null, "version_id" varchar(64) not null, "status" varchar(20) not null, "publicity_id" varchar(36) null, "budget_year" int null, "voucher_no" varchar(100) null, "paid_on" varchar(10) null, "steps" jsonb not null, "created_by_id" varchar(36) not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "version" int not null default 1, constraint "entitlement_pkey" primary key ("id"));`);
    this.addSql(`alter table "subsidies"."entitlement" add constraint "entitlement_amount" check ("amount_fen" >= 0);`);
    this.addSql(`create index "entitlement_status_idx" on "subsidies"."entitlement" ("status", "county_code");`);
    this.addSql(`alter table "subsidies"."entitlement" add constraint "entitlement_once" unique ("uscc", "award_id", "trigger_key");`);

    this.addSql(`create table "subsidies"."inbox_message" ("consumer" varchar(100) not null, "event_id" varchar(36) not null, "subject" varchar(200) not null, "processed_at" timestamptz(3) not null, constraint "inbox_message_pkey" primary key ("consumer", "event_id"));`);

    this.addSql(`create table "subsidies"."ledger_entry" ("id" serial primary key, "at" timestamptz(3) not null, "budget_line_id" varchar(36) null, "entitlement_id" varchar(36) not null, "award_id" varchar(20) not null, "uscc" varchar(18) not null, "payer" varchar(4) not null, "county_code" varchar(6) null, "year" int not null, "kind" varchar(8) not null, "amount_fen" bigint not null, "voucher_no" varchar(100) null, "actor" varchar(64) not null);`);
    this.addSql(`create index "ledger_entry_line_idx" on "subsidies"."ledger_entry" ("budget_line_id");`);
    this.addSql(`alter table "subsidies"."ledger_entry" add constraint "ledger_entry_amount" check ("amount_fen" > 0);`);

    this.addSql(`create table "subsidies"."match_notice" ("id" serial primary key, "uscc" varchar(18) not null, "award_id" varchar(20) not null, "county_code" varchar(6) not null, "message" text not null, "read_at" timestamptz(3) null, "read_by" varchar(64) null, "created_at" timestamptz(3) not null);`);
    this.addSql(`alter table "subsidies"."match_notice" add constraint "match_notice_once" unique ("uscc", "award_id");`);

    this.addSql(`create table "subsidies"."objection" ("id" varchar(36) not null, "entitlement_id" varchar(36) not null, "publicity_id" varchar(36) not null, "raised_by" varchar(100) not null, "reason" text not null, "status" varchar(10) not null default 'open', "note" text null, "recorded_by" varchar(64) not null, "created_at" timestamptz(3) not null, constraint "objection_pkey" primary key ("id"));`);
    this.addSql(`create index "objection_entitlement_idx" on "subsidies"."objection" ("entitlement_id");`);

    this.addSql(`create table "subsidies"."outbox_message" ("seq" serial primary key, "event_id" varchar(36) not null, "subject" varchar(200) not null, "body" text not null, "occurred_at" timestamptz(3) not null, "published_at" timestamptz(3) null, "attempts" int not null default 0, "last_error" text null);`);
    this.addSql(`alter table "subsidies"."outbox_message" add constraint "outbox_message_event_id_unique" unique ("event_id");`);
    this.addSql(`create index "outbox_message_pending_idx" on "subsidies"."outbox_message" ("published_at", "seq");`);

    this.addSql(`create table "subsidies"."park" ("id" varchar(36) not null, "name" varchar(100) not null, "county_code" varchar(6) not null, "operator" varchar(100) not null, "enterprises" jsonb not null, "updated_by" varchar(64) not null, "updated_at" timestamptz(3) not null, constraint "park_pkey" primary key ("id"));`);

    this.addSql(`create table "subsidies"."publicity" ("id" varchar(36) not null, "title" varchar(200) not null, "starts_on" varchar(10) not null, "ends_on" varchar(10) not null, "status" varchar(10) not null default 'open', "entitlement_ids" jsonb not null, "created_by" varchar(64) not null, "created_at" timestamptz(3) not null, "closed_at" timestamptz(3) null, constraint "publicity_pkey" primary key ("id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "subsidies"."award_application" cascade;`);

    this.addSql(`drop table if exists "subsidies"."award_version" cascade;`);

    this.addSql(`drop table if exists "subsidies"."budget_line" cascade;`);

    this.addSql(`drop table if exists "subsidies"."enterprise_card" cascade;`);

    this.addSql(`drop table if exists "subsidies"."entitlement" cascade;`);

    this.addSql(`drop table if exists "subsidies"."inbox_message" cascade;`);

    this.addSql(`drop table if exists "subsidies"."ledger_entry" cascade;`);

    this.addSql(`drop table if exists "subsidies"."match_notice" cascade;`);

    this.addSql(`drop table if exists "subsidies"."objection" cascade;`);

    this.addSql(`drop table if exists "subsidies"."outbox_message" cascade;`);

    this.addSql(`drop table if exists "subsidies"."park" cascade;`);

    this.addSql(`drop table if exists "subsidies"."publicity" cascade;`);

  }

}
