import { Migration } from '@mikro-orm/migrations';

export class Migration20261128043416_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`certification\` (\`id\` text not null, \`uscc\` text not null, \`county_code\` text not null, \`tier\` text not null, \`status\` text not null default 'valid', \`issuer\` text not null, \`doc_no\` text not null, \`certified_on\` text not null, \`valid_until\` text not null, \`renewals\` json not null, \`revoked_on\` text null, \`revocation_reason\` text null, \`fraud\` integer not null default false, \`barred_until\` text null, \`recommendation_id\` text null, \`created_by\` text not null, \`created_at\` datetime not null, \`version\` integer not null default 1, primary key (\`id\`));`);
    this.addSql(`create index \`certification_status_idx\` on \`certification\` (\`status\`, \`valid_until\`);`);
    this.addSql(`create index \`certification_uscc_idx\` on \`certification\` (\`uscc\`, \`tier\`);`);

    this.addSql(`create table \`enterprise_projection\` (\`uscc\` text not null, \`name\` text not null, \`county_code\` text not null, \`industry_group\` text not null, \`status\` text not null default 'active', \`independent_legal_person\` integer null, \`registry_version\` integer not null default 0, \`years\` json not null, \`updated_at\` datetime not null, primary key (\`uscc\`));`);
    this.addSql(`create index \`enterprise_projection_county_idx\` on \`enterprise_projection\` (\`county_code\`, \`status\`);`);

    this.addSql(`create table \`evaluation_job\` (\`id\` text not null, \`kind\` text not null, \`status\` text not null default 'queued', \`as_of\` text not null, \`type\` text not null, \`version_a\` text null, \`version_b\` text null, \`total\` integer not null default 0, \`processed\` integer not null default 0, \`changed\` integer not null default 0, \`cursor\` text null, \`summary\` json not null, \`created_by\` text not null, \`created_at\` datetime not null, \`finished_at\` datetime null, \`error\` text null, primary key (\`id\`));`);

    this.addSql(`create table \`evaluation_record\` (\`id\` integer not null primary key autoincrement, \`uscc\` text not null, \`as_of\` text not null, \`type\` text not null, \`trigger\` text not null, \`rule_version\` text not null, \`data_year\` integer not null, \`inputs_hash\` text not null, \`decisions\` json not null, \`category\` text null, \`created_at\` datetime not null);`);
    this.addSql(`create index \`evaluation_record_uscc_idx\` on \`evaluation_record\` (\`uscc\`, \`id\`);`);

    this.addSql(`create table \`inbox_message\` (\`consumer\` text not null, \`event_id\` text not null, \`subject\` text not null, \`processed_at\` datetime not null, primary key (\`consumer\`, \`event_id\`));`);

    this.addSql(`create table \`liaison\` (\`uscc\` text not null, \`cadre_name\` text not null, \`cadre_rank\` text not null, \`cadre_unit\` text not null, \`phone\` text null, \`assigned_by\` text not null, \`assigned_at\` datetime not null, primary key (\`uscc\`));`);

    this.addSql(`create table \`outbox_message\` (\`seq\` integer not null primary key autoincrement, \`event_id\` text not null, \`subject\` text not null, \`body\` text not null, \`occurred_at\` datetime not null, \`published_at\` datetime null, \`attempts\` integer not null default 0, \`last_error\` text null);`);
    this.addSql(`create unique index \`outbox_message_event_id_unique\` on \`outbox_message\` (\`event_id\`);`);
    this.addSql(`create index \`outbox_message_pending_idx\` on \`outbox_message\` (\`published_at\`, \`seq\`);`);

    this.addSql(`create table \`pool_entry\` (\`uscc\` text not null, \`county_code\` text not null, \`name\` text not null, \`category\` text null, \`current_tier\` text null, \`next_tier\` text null, \`evaluation_id\` integer not null, \`inputs_hash\` text not null, \`result\` json not null, \`distance\` json not null, \`evaluated_at\` datetime not null, primary key (\`uscc\`));`);
    this.addSql(`create index \`pool_entry_category_idx\` on \`pool_entry\` (\`category\`, \`county_code\`);`);

    this.addSql(`create table \`recommendation\` (\`id\` text not null, \`uscc\` text not null, \`county_code\` text not null, \`tier\` text not null, \`type\` text not null, \`batch_year\` integer not null, \`status\` text not null default 'county-recommended', \`evaluation_id\` integer null, \`evaluation_decision\` text null, \`history\` json not null, \`created_by_id\` text not null, \`certification_id\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, primary key (\`id\`));`);
    this.addSql(`create index \`recommendation_status_idx\` on \`recommendation\` (\`status\`, \`county_code\`);`);
    this.addSql(`create unique index \`recommendation_batch_unique\` on \`recommendation\` (\`uscc\`, \`tier\`, \`type\`, \`batch_year\`);`);

    this.addSql(`create table \`shadow_diff\` (\`id\` integer not null primary key autoincrement, \`job_id\` text not null, \`uscc\` text not null, \`name\` text not null, \`county_code\` text not null, \`tier\` text not null, \`decision_a\` text not null, \`decision_b\` text not null, \`changed\` integer not null, \`explanation\` text not null);`);
    this.addSql(`create index \`shadow_diff_job_idx\` on \`shadow_diff\` (\`job_id\`, \`changed\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`shadow_diff\`;`);
    this.addSql(`drop table if exists \`recommendation\`;`);
    this.addSql(`drop table if exists \`pool_entry\`;`);
    this.addSql(`drop table if exists \`outbox_message\`;`);
    this.addSql(`drop table if exists \`liaison\`;`);
    this.addSql(`drop table if exists \`inbox_message\`;`);
    this.addSql(`drop table if exists \`evaluation_record\`;`);
    this.addSql(`drop table if exists \`evaluation_job\`;`);
    this.addSql(`drop table if exists \`enterprise_projection\`;`);
    this.addSql(`drop table if exists \`certification\`;`);
  }
}
