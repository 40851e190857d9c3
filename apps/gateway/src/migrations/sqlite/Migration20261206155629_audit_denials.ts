import { Migration } from '@mikro-orm/migrations';

export class Migration20261206155629_audit_denials extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`audit_log\` add column \`error_message\` text null;`);
    this.addSql(`alter table \`audit_log\` add column \`user_agent\` text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`audit_log\` drop column \`user_agent\`;`);
    this.addSql(`alter table \`audit_log\` drop column \`error_message\`;`);
  }

}
