import { Migration } from '@mikro-orm/migrations';

export class Migration20261206200735_talent_core extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "talent"."enrolment" ("id" varchar(36) not null, "programme_id" varchar(36) not null, "person_id" varchar(36) not null, "uscc" varchar(18) not null, "attended_session_ids" jsonb not null, "created_at" timestamptz(3) not null, constraint "enrolment_pkey" primary key ("id"));`);
    this.addSql(`create index "enrolment_enterprise_idx" on "talent"."enrolment" ("uscc");`);
    this.addSql(`alter table "talent"."enrolment" add constraint "enrolment_once" unique ("programme_id", "person_id");`);

    this.addSql(`create table "talent"."enterprise_card" ("uscc" varchar(18) not null, "name" varchar(100) not null default '', "county_code" varchar(6) not null default '', "registry_version" int not null default 0, "status" varchar(10) not null default 'active', "titles" jsonb not null, "updated_at" timestamptz(3) not null, constraint "enterprise_card_pkey" primary key ("uscc"));`);
    this.addSql(`create index "enterprise_card_county_idx" on "talent"."enterprise_card" ("county_code");`);

    this.addSql(`create table "talent"."nomination_round" ("id" varchar(36) not null, "kind" varchar(16) not null, "year" int not null, "title" varchar(200) not null, "opens_on" varchar(10) not null, "closes_on" varchar(10) not null, constraint "nomination_round_pkey" primary key ("id"));`);
    this.addSql(`alter table "talent"."nomination_round" add constraint "nomination_round_once" unique ("kind", "year", "title");`);

    this.addSql(`create table "talent"."person" ("id" varchar(36) not null, "name" varchar(50) not null, "uscc" varchar(18) not null, "position" varchar(100) null, "resident_id_cipher" text not null, "resident_id_index" varchar(64) not null, "resident_id_masked" varchar(18) not null, "phone_cipher" text null, "phone_masked" varchar(11) null, "created_by" varchar(64) not null, "created_at" timestamptz(3) not null, constraint "person_pkey" primary key ("id"));`);
    this.addSql(`create index "person_enterprise_idx" on "talent"."person" ("uscc");`);
    this.addSql(`alter table "talent"."person" add constraint "person_resident_id_unique" unique ("resident_id_index");`);

    this.addSql(`create table "talent"."programme" ("id" varchar(36) not null, "title" varchar(200) not null, "topic" varchar(200) not null, "organiser" varchar(100) not null, "management" boolean not null, "starts_on" varchar(10) not null, "ends_on" varchar(10) not null, "capacity" int not null, "created_by" varchar(64) not null, "created_at" timestamptz(3) not null, constraint "programme_pkey" primary key ("id"));`);
    this.addSql(`create index "programme_starts_idx" on "talent"."programme" ("starts_on");`);

    this.addSql(`create table "talent"."talent_case" ("id" varchar(36) not null, "kind" varchar(16) not null, "measure" varchar(8) not null, "person_id" varchar(36) not null, "uscc" varchar(18) not null, "county_code" varchar(6) not null, "applied_on" varchar(10) not null, "eligibility" text not null, "department" varchar(100) not null, "specialty" varchar(100) null, "level" varchar(10) null, "round_id" varchar(36) null, "status" varchar(10) not null default 'routed', "outcome_note" text null, "decided_by" varchar(64) null, "decided_on" varchar(10) null, "created_by" varchar(64) not null, "created_at" timestamptz(3) not null, constraint "talent_case_pkey" primary key ("id"));`);
    this.addSql(`create index "talent_case_round_idx" on "talent"."talent_case" ("round_id");`);
    this.addSql(`create index "talent_case_queue_idx" on "talent"."talent_case" ("kind", "status", "applied_on");`);

    this.addSql(`create table "talent"."training_session" ("id" varchar(36) not null, "programme_id" varchar(36) not null, "held_on" varchar(10) not null, "place" varchar(200) not null, constraint "training_session_pkey" primary key ("id"));`);
    this.addSql(`create index "training_session_held_idx" on "talent"."training_session" ("held_on");`);
    this.addSql(`create index "training_session_programme_idx" on "talent"."training_session" ("programme_id", "held_on");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "talent"."enrolment" cascade;`);

    this.addSql(`drop table if exists "talent"."enterprise_card" cascade;`);

    this.addSql(`drop table if exists "talent"."nomination_round" cascade;`);

    this.addSql(`drop table if exists "talent"."person" cascade;`);

    this.addSql(`drop table if exists "talent"."programme" cascade;`);

    this.addSql(`drop table if exists "talent"."talent_case" cascade;`);

    this.addSql(`drop table if exists "talent"."training_session" cascade;`);
  }

}
