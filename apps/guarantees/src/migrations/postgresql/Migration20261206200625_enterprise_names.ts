import { Migration } from '@mikro-orm/migrations';

export class Migration20261206200625_enterprise_names extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "guarantees"."title_card" add column "name" varchar(100) not null default '', add column "registry_version" int not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "guarantees"."title_card" drop column "name", drop column "registry_version";`);
  }

}
