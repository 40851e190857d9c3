import { Migration } from '@mikro-orm/migrations';

export class Migration20261206161543_publicity_backdate extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`publicity\` add column \`backdate_reason\` text null;`);
    this.addSql(`alter table \`publicity\` add column \`approved_by\` text null;`);
    this.addSql(`alter table \`publicity\` add column \`approved_by_id\` text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`publicity\` drop column \`approved_by_id\`;`);
    this.addSql(`alter table \`publicity\` drop column \`approved_by\`;`);
    this.addSql(`alter table \`publicity\` drop column \`backdate_reason\`;`);
  }

}
