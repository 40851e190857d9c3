import { Migration } from '@mikro-orm/migrations';

export class Migration20261206161020_list_indexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index "registry"."enterprise_county_status_idx";`);
    this.addSql(`drop index "registry"."enterprise_name_idx";`);

    this.addSql(`create index "enterprise_updated_idx" on "registry"."enterprise" ("updated_at", "uscc");`);
    this.addSql(`create index "enterprise_county_uscc_idx" on "registry"."enterprise" ("county_code", "uscc", "status");`);
    this.addSql(`create index "enterprise_county_status_name_idx" on "registry"."enterprise" ("county_code", "status", "name", "uscc");`);
    this.addSql(`create index "enterprise_county_status_updated_idx" on "registry"."enterprise" ("county_code", "status", "updated_at", "uscc");`);
    this.addSql(`create index "enterprise_status_uscc_idx" on "registry"."enterprise" ("status", "uscc");`);
    this.addSql(`create index "enterprise_status_county_idx" on "registry"."enterprise" ("status", "county_code", "uscc");`);
    this.addSql(`create index "enterprise_status_name_idx" on "registry"."enterprise" ("status", "name", "uscc");`);
    this.addSql(`create index "enterprise_status_updated_idx" on "registry"."enterprise" ("status", "updated_at", "uscc");`);
    this.addSql(`create index "enterprise_name_idx" on "registry"."enterprise" ("name", "uscc");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "registry"."enterprise_updated_idx";`);
    this.addSql(`drop index "registry"."enterprise_county_uscc_idx";`);
    this.addSql(`drop index "registry"."enterprise_county_status_name_idx";`);
    this.addSql(`drop index "registry"."enterprise_county_status_updated_idx";`);
    this.addSql(`drop index "registry"."enterprise_status_uscc_idx";`);
    this.addSql(`drop index "registry"."enterprise_status_county_idx";`);
    this.addSql(`drop index "registry"."enterprise_status_name_idx";`);
    this.addSql(`drop index "registry"."enterprise_status_updated_idx";`);
    this.addSql(`drop index "registry"."enterprise_name_idx";`);

    this.addSql(`create index "enterprise_county_status_idx" on "registry"."enterprise" ("county_code", "status");`);
    this.addSql(`create index "enterprise_name_idx" on "registry"."enterprise" ("name");`);
  }

}
