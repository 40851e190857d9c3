import { Migration } from '@mikro-orm/migrations';

export class Migration20261206161020_list_indexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index \`enterprise_county_status_idx\`;`);
    this.addSql(`drop index \`enterprise_name_idx\`;`);

    this.addSql(`create index \`enterprise_updated_idx\` on \`enterprise\` (\`updated_at\`, \`uscc\`);`);
    this.addSql(`create index \`enterprise_county_uscc_idx\` on \`enterprise\` (\`county_code\`, \`uscc\`, \`status\`);`);
    this.addSql(`create index \`enterprise_county_status_name_idx\` on \`enterprise\` (\`county_code\`, \`status\`, \`name\`, \`uscc\`);`);
    this.addSql(`create index \`enterprise_county_status_updated_idx\` on \`enterprise\` (\`county_code\`, \`status\`, \`updated_at\`, \`uscc\`);`);
    this.addSql(`create index \`enterprise_status_uscc_idx\` on \`enterprise\` (\`status\`, \`uscc\`);`);
    this.addSql(`create index \`enterprise_status_county_idx\` on \`enterprise\` (\`status\`, \`county_code\`, \`uscc\`);`);
    this.addSql(`create index \`enterprise_status_name_idx\` on \`enterprise\` (\`status\`, \`name\`, \`uscc\`);`);
    this.addSql(`create index \`enterprise_status_updated_idx\` on \`enterprise\` (\`status\`, \`updated_at\`, \`uscc\`);`);
    this.addSql(`create index \`enterprise_name_idx\` on \`enterprise\` (\`name\`, \`uscc\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index \`enterprise_updated_idx\`;`);
    this.addSql(`drop index \`enterprise_county_uscc_idx\`;`);
    this.addSql(`drop index \`enterprise_county_status_name_idx\`;`);
    this.addSql(`drop index \`enterprise_county_status_updated_idx\`;`);
    this.addSql(`drop index \`enterprise_status_uscc_idx\`;`);
    this.addSql(`drop index \`enterprise_status_county_idx\`;`);
    this.addSql(`drop index \`enterprise_status_name_idx\`;`);
    this.addSql(`drop index \`enterprise_status_updated_idx\`;`);
    this.addSql(`drop index \`enterprise_name_idx\`;`);

    this.addSql(`create index \`enterprise_county_status_idx\` on \`enterprise\` (\`county_code\`, \`status\`);`);
    this.addSql(`create index \`enterprise_name_idx\` on \`enterprise\` (\`name\`);`);
  }

}
