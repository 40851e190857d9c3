import { Migration } from '@mikro-orm/migrations';

export class Migration20261206161543_publicity_backdate extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "subsidies"."publicity" add column "backdate_reason" text null, add column "approved_by" varchar(64) null, add column "approved_by_id" varchar(64) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "subsidies"."publicity" drop column "backdate_reason", drop column "approved_by", drop column "approved_by_id";`);
  }

}
