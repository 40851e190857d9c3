import { Migration } from '@mikro-orm/migrations';

export class Migration20261206195033_financing_matchmaking extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "guarantees"."credit_product" ("id" varchar(36) not null, "bank_id" varchar(36) not null, "name" varchar(100) not null, "rate_min_bp" int not null, "rate_max_bp" int not null, "amount_min_fen" bigint not null, "amount_max_fen" bigint not null, "tiers" jsonb not null, "counties" jsonb not null, "active" boolean not null default true, "updated_at" timestamptz(3) not null, constraint "credit_product_pkey" primary key ("id"));`);
    this.addSql(`create index "credit_product_bank_idx" on "guarantees"."credit_product" ("bank_id", "active");`);

    this.addSql(`create table "guarantees"."financing_need" ("id" varchar(36) not null, "uscc" varchar(18) not null, "county_code" varchar(6) not null, "amount_fen" bigint not null, "term_months" int not null, "purpose" varchar(200) not null, "recorded_by" varchar(64) not null, "created_at" timestamptz(3) not null, constraint "financing_need_pkey" primary key ("id"));`);
    this.addSql(`create index "financing_need_uscc_idx" on "guarantees"."financing_need" ("uscc", "created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "guarantees"."credit_product" cascade;`);

    this.addSql(`drop table if exists "guarantees"."financing_need" cascade;`);
  }

}
