import { Migration } from '@mikro-orm/migrations';

export class Migration20261206173058_list_indexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index \`certification_status_idx\`;`);

    this.addSql(`create index \`certification_county_certified_idx\` on \`certification\` (\`county_code\`, \`certified_on\`, \`uscc\`);`);
    this.addSql(`create index \`certification_status_certified_idx\` on \`certification\` (\`status\`, \`certified_on\`, \`uscc\`);`);
    this.addSql(`create index \`certification_certified_idx\` on \`certification\` (\`certified_on\`, \`uscc\`);`);
    this.addSql(`create index \`certification_county_status_idx\` on \`certification\` (\`county_code\`, \`status\`, \`valid_until\`, \`uscc\`);`);
    this.addSql(`create index \`certification_status_idx\` on \`certification\` (\`status\`, \`valid_until\`, \`uscc\`);`);

    this.addSql(`drop index \`pool_entry_category_idx\`;`);

    this.addSql(`create index \`pool_entry_next_tier_idx\` on \`pool_entry\` (\`next_tier\`, \`category\`, \`uscc\`);`);
    this.addSql(`create index \`pool_entry_county_category_idx\` on \`pool_entry\` (\`county_code\`, \`category\`, \`uscc\`);`);
    this.addSql(`create index \`pool_entry_category_idx\` on \`pool_entry\` (\`category\`, \`uscc\`);`);

    this.addSql(`drop index \`recommendation_status_idx\`;`);

    this.addSql(`create index \`recommendation_county_status_idx\` on \`recommendation\` (\`county_code\`, \`status\`, \`updated_at\`, \`id\`);`);
    this.addSql(`create index \`recommendation_county_idx\` on \`recommendation\` (\`county_code\`, \`updated_at\`, \`id\`);`);
    this.addSql(`create index \`recommendation_updated_idx\` on \`recommendation\` (\`updated_at\`, \`id\`);`);
    this.addSql(`create index \`recommendation_status_idx\` on \`recommendation\` (\`status\`, \`updated_at\`, \`id\`);`);

    this.addSql(`drop index \`shadow_diff_job_idx\`;`);

    this.addSql(`create index \`shadow_diff_job_all_idx\` on \`shadow_diff\` (\`job_id\`, \`id\`);`);
    this.addSql(`create index \`shadow_diff_job_idx\` on \`shadow_diff\` (\`job_id\`, \`changed\`, \`id\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index \`certification_county_certified_idx\`;`);
    this.addSql(`drop index \`certification_status_certified_idx\`;`);
    this.addSql(`drop index \`certification_certified_idx\`;`);
    this.addSql(`drop index \`certification_county_status_idx\`;`);
    this.addSql(`drop index \`certification_status_idx\`;`);

    this.addSql(`create index \`certification_status_idx\` on \`certification\` (\`status\`, \`valid_until\`);`);

    this.addSql(`drop index \`pool_entry_next_tier_idx\`;`);
    this.addSql(`drop index \`pool_entry_county_category_idx\`;`);
    this.addSql(`drop index \`pool_entry_category_idx\`;`);

    this.addSql(`create index \`pool_entry_category_idx\` on \`pool_entry\` (\`category\`, \`county_code\`);`);

    this.addSql(`drop index \`recommendation_county_status_idx\`;`);
    this.addSql(`drop index \`recommendation_county_idx\`;`);
    this.addSql(`drop index \`recommendation_updated_idx\`;`);
    this.addSql(`drop index \`recommendation_status_idx\`;`);

    this.addSql(`create index \`recommendation_status_idx\` on \`recommendation\` (\`status\`, \`county_code\`);`);

    this.addSql(`drop index \`shadow_diff_job_all_idx\`;`);
    this.addSql(`drop index \`shadow_diff_job_idx\`;`);

    this.addSql(`create index \`shadow_diff_job_idx\` on \`shadow_diff\` (\`job_id\`, \`changed\`);`);
  }

}
