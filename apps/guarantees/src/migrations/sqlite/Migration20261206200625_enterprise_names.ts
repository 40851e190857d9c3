import { Migration } from '@mikro-orm/migrations';

export class Migration20261206200625_enterprise_names extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`title_card\` add column \`name\` text not null default '';`);
    this.addSql(`alter table \`title_card\` add column \`registry_version\` integer not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`title_card\` drop column \`registry_version\`;`);
    this.addSql(`alter table \`title_card\` drop column \`name\`;`);
  }

}
