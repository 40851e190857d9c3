import { Migration } from '@mikro-orm/migrations';

export class Migration20261206221750_projects_bids_imports extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "procurement"."procurement_bid" ("id" varchar(36) not null, "project_id" varchar(36) not null, "supplier_uscc" varchar(18) not null, "supplier_name" varchar(100) not null, "declared_size" varchar(10) not null, "form" varchar(12) not null, "bid_fen" bigint not null, "small_micro_share_bp" int null, "controlled_relationship" boolean null, "goods_made_by_small_micro" boolean null, "in_reserved_package" boolean null, "registry_size" varchar(10) null, "size_used" varchar(10) not null, "size_mismatch" boolean not null default false, "bidder_kind" varchar(12) not null, "deduction_decision" varchar(16) not null, "evaluation_price_fen" bigint null, "deduction" jsonb not null, "awarded" boolean not null default false, "registry_size_at_signing" varchar(10) null, "size_mismatch_at_signing" boolean null, "contract_id" varchar(36) null, "created_by" varchar(64) not null, "version" int not null default 1, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "procurement_bid_pkey" primary key ("id"));`);
    this.addSql(`create index "procurement_bid_project_idx" on "procurement"."procurement_bid" ("project_id");`);

    this.addSql(`create table "procurement"."procurement_import" ("id" varchar(36) not null, "kind" varchar(12) not null, "file_name" varchar(200) not null, "file_hash" varchar(64) not null, "status" varchar(10) not null default 'receiving', "total_rows" int not null, "received_rows" int not null default 0, "processed_rows" int not null default 0, "applied_rows" int not null default 0, "unchanged_rows" int not null default 0, "failed_rows" int not null default 0, "previous_import_id" varchar(36) null, "actor" jsonb not null, "scope_county" varchar(6) null, "created_by" varchar(64) not null, "created_at" timestamptz(3) not null, "finished_at" timestamptz(3) null, constraint "procurement_import_pkey" primary key ("id"));`);
    this.addSql(`create index "procurement_import_hash_idx" on "procurement"."procurement_import" ("kind", "file_hash");`);
    this.addSql(`create index "procurement_import_status_idx" on "procurement"."procurement_import" ("status");`);

    this.addSql(`create table "procurement"."procurement_import_row" ("id" serial primary key, "import_id" varchar(36) not null, "row_number" int not null, "cells" jsonb not null, "status" varchar(10) not null default 'pending', "messages" jsonb null, "contract_number" varchar(64) null);`);
    this.addSql(`create index "procurement_import_row_status_idx" on "procurement"."procurement_import_row" ("import_id", "status");`);
    this.addSql(`alter table "procurement"."procurement_import_row" add constraint "procurement_import_row_unique" unique ("import_id", "row_number");`);

    this.addSql(`create table "procurement"."procurement_project" ("id" varchar(36) not null, "project_number" varchar(64) not null, "name" varchar(200) not null, "buyer_name" varchar(100) not null, "buyer_kind" varchar(20) not null, "department" varchar(100) not null, "county_code" varchar(6) not null, "category" varchar(10) not null, "budget_fen" bigint not null, "procurement_date" varchar(10) not null, "suitable_for_sme" boolean not null default true, "reserved_form" varchar(20) not null, "reserved_fen" bigint not null, "reserved_for_small_micro_fen" bigint null, "small_micro_rate_bp" int null, "joint_rate_bp" int null, "evaluation" varchar(20) not null default 'price-deduction', "awarded_bid_id" varchar(36) null, "contract_id" varchar(36) null, "created_by" varchar(64) not null, "version" int not null default 1, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "procurement_project_pkey" primary key ("id"));`);
    this.addSql(`create index "procurement_project_date_idx" on "procurement"."procurement_project" ("procurement_date");`);
    this.addSql(`alter table "procurement"."procurement_project" add constraint "procurement_project_number_unique" unique ("project_number");`);

    this.addSql(`alter table "procurement"."procurement_contract" add column "department" varchar(100) null, add column "project_id" varchar(36) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "procurement"."procurement_bid" cascade;`);

    this.addSql(`drop table if exists "procurement"."procurement_import" cascade;`);

    this.addSql(`drop table if exists "procurement"."procurement_import_row" cascade;`);

    this.addSql(`drop table if exists "procurement"."procurement_project" cascade;`);

    this.addSql(`alter table "procurement"."procurement_contract" drop column "department", drop column "project_id";`);
  }

}
