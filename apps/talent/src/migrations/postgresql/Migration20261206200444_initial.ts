import { Migration } from '@mikro-orm/migrations';

export class Migration20261206200444_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "talent";`);
    this.addSql(`create table "talent"."inbox_message" ("consumer" varchar(100) not null, "event_id" varchar(36) not null, "subject" varchar(200) not null, "processed_at" timestamptz(3) not null, constraint "inbox_message_pkey" primary key ("consumer", "event_id"));`);

    this.addSql(`create table "talent"."outbox_message" ("seq" serial primary key, "event_id" varchar(36) not null, "subject" varchar(200) not null, "body" text not null, "occurred_at" timestamptz(3) not null, "published_at" timestamptz(3) null, "attempts" int not null default 0, "last_error" text null);`);
    this.addSql(`alter table "talent"."outbox_message" add constraint "outbox_message_event_id_unique" unique ("event_id");`);
    this.addSql(`create index "outbox_message_pending_idx" on "talent"."outbox_message" ("published_at", "seq");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "talent"."inbox_message" cascade;`);

    this.addSql(`drop table if exists "talent"."outbox_message" cascade;`);
  }

}
