import { Migration } from '@mikro-orm/migrations';

export class Migration20261206204946_overdue_appeals extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`appeal\` add column \`source_contract_id\` text null;`);
    this.addSql(`create unique index \`appeal_source_contract_unique\` on \`appeal\` (\`source_contract_id\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index \`appeal_source_contract_unique\`;`);
    this.addSql(`alter table \`appeal\` drop column \`source_contract_id\`;`);
  }

}
