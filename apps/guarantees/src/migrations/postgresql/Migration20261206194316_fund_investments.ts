import { Migration } from '@mikro-orm/migrations';

export class Migration20261206194316_fund_investments extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "guarantees"."fund_investment" ("id" varchar(36) not null, "uscc" varchar(18) not null, "county_code" varchar(6) not null, "fund" varchar(32) not null, "fund_name" varchar(100) not null, "paid_in_fen" bigint not null, "paid_in_on" varchar(10) not null, "recorded_by" varchar(64) not null, "recorded_at" timestamptz(3) not null, constraint "fund_investment_pkey" primary key ("id"));`);
    this.addSql(`create index "fund_investment_uscc_idx" on "guarantees"."fund_investment" ("uscc", "paid_in_on");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "guarantees"."fund_investment" cascade;`);
  }

}
