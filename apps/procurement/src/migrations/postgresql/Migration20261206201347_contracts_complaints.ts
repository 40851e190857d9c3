import { Migration } from '@mikro-orm/migrations';

export class Migration20261206201347_contracts_complaints extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "procurement"."complaint" ("id" varchar(36) not null, "number" varchar(20) not null, "complainant_uscc" varchar(18) not null, "complainant_name" varchar(100) not null, "respondent_name" varchar(100) not null, "contract_id" varchar(36) null, "amount_fen" bigint null, "summary" text not null, "filed_via" varchar(12) not null, "status" varchar(12) not null default 'received', "received_on" varchar(10) not null, "review_due_on" varchar(10) not null, "reviewed_on" varchar(10) null, "reason" text null, "forward_to" varchar(100) null, "outcome" text null, "informed_on" varchar(10) null, "timeline" jsonb not null, "created_by" varchar(64) not null, "version" int not null default 1, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "complaint_pkey" primary key ("id"));`);
    this.addSql(`create index "complaint_status_idx" on "procurement"."complaint" ("status", "review_due_on");`);
    this.addSql(`alter table "procurement"."complaint" add constraint "complaint_number_unique" unique ("number");`);

    this.addSql(`create table "procurement"."procurement_alert" ("id" serial primary key, "kind" varchar(20) not null, "subject_id" varchar(36) not null, "day" varchar(10) not null, "text" text not null, "created_at" timestamptz(3) not null);`);
    this.addSql(`alter table "procurement"."procurement_alert" add constraint "procurement_alert_once" unique ("kind", "subject_id", "day");`);

    this.addSql(`create table "procurement"."procurement_contract" ("id" varchar(36) not null, "contract_number" varchar(64) not null, "buyer_name" varchar(100) not null, "buyer_kind" varchar(20) not null, "county_code" varchar(6) not null, "supplier_uscc" varchar(18) not null, "supplier_name" varchar(100) not null, "declared_size" varchar(10) not null, "registry_size" varchar(10) null, "size_at_signing" varchar(10) not null, "size_source" varchar(10) not null, "signed_on" varchar(10) not null, "amount_fen" bigint not null, "acceptance_condition" boolean not null default false, "acceptance_deadline" varchar(10) null, "agreed_term_days" int null, "back_to_back" boolean not null default false, "agreed_annual_rate_bp" int null, "delivered_on" varchar(10) null, "accepted_on" varchar(10) null, "payments" jsonb not null, "created_by" varchar(64) not null, "version" int not null default 1, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "procurement_contract_pkey" primary key ("id"));`);
    this.addSql(`create index "procurement_contract_signed_idx" on "procurement"."procurement_contract" ("signed_on");`);
    this.addSql(`create index "procurement_contract_buyer_idx" on "procurement"."procurement_contract" ("buyer_name", "signed_on");`);
    this.addSql(`alter table "procurement"."procurement_contract" add constraint "procurement_contract_number_unique" unique ("contract_number");`);

    this.addSql(`create table "procurement"."supplier_card" ("uscc" varchar(18) not null, "name" varchar(100) not null default '', "county_code" varchar(6) not null default '', "size_class" varchar(10) null, "status" varchar(10) not null default 'active', "registry_version" int not null default 0, "updated_at" timestamptz(3) not null, constraint "supplier_card_pkey" primary key ("uscc"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "procurement"."complaint" cascade;`);

    this.addSql(`drop table if exists "procurement"."procurement_alert" cascade;`);

    this.addSql(`drop table if exists "procurement"."procurement_contract" cascade;`);

    this.addSql(`drop table if exists "procurement"."supplier_card" cascade;`);
  }

}
