import { Migration } from '@mikro-orm/migrations';

export class Migration20261206192621_appeals extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "servicedesk"."appeal" ("id" varchar(36) not null, "number" varchar(20) not null, "uscc" varchar(18) not null, "enterprise_name" varchar(100) not null, "county_code" varchar(6) not null, "category" varchar(20) not null, "title" varchar(200) not null, "description" text not null, "raised_by" varchar(100) not null, "raised_by_role" varchar(20) not null, "contact_phone" varchar(30) null, "origin" varchar(10) not null default 'direct', "origin_id" varchar(36) null, "status" varchar(20) not null default 'submitted', "department_code" varchar(32) null, "received_on" varchar(10) not null, "routed_on" varchar(10) null, "cycle" int not null default 0, "cycle_started_on" varchar(10) null, "pauses" jsonb not null, "acknowledged_on" varchar(10) null, "answered_on" varchar(10) null, "resolved_on" varchar(10) null, "resolved_on_time" boolean null, "satisfaction" int null, "reopen_count" int not null default 0, "answer" text null, "result" text null, "commitment" jsonb null, "timeline" jsonb not null, "created_by" varchar(64) not null, "version" int not null default 1, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "appeal_pkey" primary key ("id"));`);
    this.addSql(`create index "appeal_received_idx" on "servicedesk"."appeal" ("received_on");`);
    this.addSql(`create index "appeal_county_idx" on "servicedesk"."appeal" ("county_code", "received_on");`);
    this.addSql(`create index "appeal_department_idx" on "servicedesk"."appeal" ("department_code", "status");`);
    this.addSql(`create index "appeal_status_idx" on "servicedesk"."appeal" ("status", "received_on");`);
    this.addSql(`alter table "servicedesk"."appeal" add constraint "appeal_number_unique" unique ("number");`);

    this.addSql(`create table "servicedesk"."enterprise_card" ("uscc" varchar(18) not null, "name" varchar(100) not null default '', "county_code" varchar(6) not null default '', "registry_version" int not null default 0, "status" varchar(10) not null default 'active', "titles" jsonb not null, "liaison" varchar(200) null, "updated_at" timestamptz(3) not null, constraint "enterprise_card_pkey" primary key ("uscc"));`);
    this.addSql(`create index "enterprise_card_county_idx" on "servicedesk"."enterprise_card" ("county_code");`);

    this.addSql(`create table "servicedesk"."meeting" ("id" varchar(36) not null, "title" varchar(200) not null, "held_on" varchar(10) not null, "county_code" varchar(6) null, "participants" jsonb not null, "enterprises" jsonb not null, "decisions" jsonb not null, "appeal_ids" jsonb not null, "recorded_by" varchar(64) not null, "created_at" timestamptz(3) not null, constraint "meeting_pkey" primary key ("id"));`);
    this.addSql(`create index "meeting_held_idx" on "servicedesk"."meeting" ("held_on");`);

    this.addSql(`create table "servicedesk"."sla_alert" ("id" serial primary key, "appeal_id" varchar(36) not null, "appeal_number" varchar(20) not null, "cycle" int not null, "kind" varchar(12) not null, "level" varchar(10) not null, "due_on" varchar(10) not null, "department_code" varchar(32) not null, "county_code" varchar(6) not null, "text" text not null, "created_at" timestamptz(3) not null);`);
    this.addSql(`create index "sla_alert_department_idx" on "servicedesk"."sla_alert" ("department_code", "id");`);
    this.addSql(`alter table "servicedesk"."sla_alert" add constraint "sla_alert_once" unique ("appeal_id", "cycle", "kind", "level");`);

    this.addSql(`create table "servicedesk"."visit" ("id" varchar(36) not null, "uscc" varchar(18) not null, "enterprise_name" varchar(100) not null, "county_code" varchar(6) not null, "visited_on" varchar(10) not null, "cadre_name" varchar(100) not null, "cadre_unit" varchar(100) null, "summary" text not null, "appeal_ids" jsonb not null, "recorded_by" varchar(64) not null, "created_at" timestamptz(3) not null, constraint "visit_pkey" primary key ("id"));`);
    this.addSql(`create index "visit_county_idx" on "servicedesk"."visit" ("county_code", "visited_on");`);
    this.addSql(`create index "visit_enterprise_idx" on "servicedesk"."visit" ("uscc", "visited_on");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "servicedesk"."appeal" cascade;`);

    this.addSql(`drop table if exists "servicedesk"."enterprise_card" cascade;`);

    this.addSql(`drop table if exists "servicedesk"."meeting" cascade;`);

    this.addSql(`drop table if exists "servicedesk"."sla_alert" cascade;`);

    this.addSql(`drop table if exists "servicedesk"."visit" cascade;`);
  }

}
