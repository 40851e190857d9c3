import { Migration } from '@mikro-orm/migrations';

export class Migration20261206155629_audit_denials extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "gateway"."audit_log" add column "error_message" varchar(500) null, add column "user_agent" varchar(300) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "gateway"."audit_log" drop column "error_message", drop column "user_agent";`);
  }

}
