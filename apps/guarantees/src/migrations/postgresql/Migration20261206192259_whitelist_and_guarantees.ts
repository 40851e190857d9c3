import { Migration } from '@mikro-orm/migrations';

export class Migration20261206192259_whitelist_and_guarantees extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "guarantees"."enterprise_exposure" ("uscc" varchar(18) not null, "committed_fen" bigint not null default 0, "version" int not null default 1, constraint "enterprise_exposure_pkey" primary key ("uscc"), constraint enterprise_exposure_non_negative check (committed_fen >= 0));`);

    this.addSql(`create table "guarantees"."guarantee_application" ("id" varchar(36) not null, "uscc" varchar(18) not null, "county_code" varchar(6) not null, "guarantor_id" varchar(36) not null, "bank_id" varchar(36) not null, "principal_fen" bigint not null, "term_months" int not null, "purpose" varchar(200) not null, "application_date" varchar(10) not null, "status" varchar(12) not null default 'submitted', "tier" varchar(16) null, "ceiling_fen" bigint null, "fee_treatment" varchar(10) null, "standard_fee_fen" bigint not null default 0, "charged_fee_fen" bigint not null default 0, "policy_cost_fen" bigint not null default 0, "computation" jsonb not null, "submitted_by" varchar(64) not null, "reviewed_by" varchar(64) null, "decided_by" varchar(64) null, "approved_year" int null, "note" varchar(500) null, "loan_no" varchar(64) null, "issued_on" varchar(10) null, "closed_on" varchar(10) null, "compensated_fen" bigint not null default 0, "recovered_fen" bigint not null default 0, "created_at" timestamptz(3) not null, "version" int not null default 1, constraint "guarantee_application_pkey" primary key ("id"));`);
    this.addSql(`create index "guarantee_application_created_idx" on "guarantees"."guarantee_application" ("created_at", "id");`);
    this.addSql(`create index "guarantee_application_bank_idx" on "guarantees"."guarantee_application" ("bank_id", "status");`);
    this.addSql(`create index "guarantee_application_guarantor_idx" on "guarantees"."guarantee_application" ("guarantor_id", "status");`);
    this.addSql(`create index "guarantee_application_uscc_idx" on "guarantees"."guarantee_application" ("uscc", "status");`);

    this.addSql(`create table "guarantees"."organisation" ("id" varchar(36) not null, "kind" varchar(10) not null, "name" varchar(100) not null, "members" jsonb not null, "updated_at" timestamptz(3) not null, constraint "organisation_pkey" primary key ("id"));`);
    this.addSql(`alter table "guarantees"."organisation" add constraint "organisation_name_unique" unique ("name");`);

    this.addSql(`create table "guarantees"."title_card" ("uscc" varchar(18) not null, "county_code" varchar(6) not null, "titles" jsonb not null, "updated_at" timestamptz(3) not null, constraint "title_card_pkey" primary key ("uscc"));`);

    this.addSql(`create table "guarantees"."white_list_change" ("id" serial primary key, "uscc" varchar(18) not null, "county_code" varchar(6) not null, "action" varchar(8) not null, "effective_on" varchar(10) not null, "source" varchar(10) not null, "tier" varchar(16) null, "certification_id" varchar(64) null, "reason" varchar(500) not null, "actor" varchar(64) not null, "at" timestamptz(3) not null);`);
    this.addSql(`create index "white_list_change_uscc_idx" on "guarantees"."white_list_change" ("uscc", "id");`);

    this.addSql(`create table "guarantees"."white_list_entry" ("uscc" varchar(18) not null, "county_code" varchar(6) not null, "member" boolean not null default false, "source" varchar(10) not null default 'title', "tier" varchar(16) null, "certification_id" varchar(64) null, "since" varchar(10) null, "until" varchar(10) null, "reason" varchar(500) not null default '', "updated_at" timestamptz(3) not null, constraint "white_list_entry_pkey" primary key ("uscc"));`);
    this.addSql(`create index "white_list_entry_member_idx" on "guarantees"."white_list_entry" ("member", "county_code", "uscc");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "guarantees"."enterprise_exposure" cascade;`);

    this.addSql(`drop table if exists "guarantees"."guarantee_application" cascade;`);

    this.addSql(`drop table if exists "guarantees"."organisation" cascade;`);

    this.addSql(`drop table if exists "guarantees"."title_card" cascade;`);

    this.addSql(`drop table if exists "guarantees"."white_list_change" cascade;`);

    this.addSql(`drop table if exists "guarantees"."white_list_entry" cascade;`);
  }

}
