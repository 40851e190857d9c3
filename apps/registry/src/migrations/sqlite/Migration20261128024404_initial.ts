import { Migration } from '@mikro-orm/migrations';

export class Migration20261128024404_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`annual_data\` (\`id\` integer not null primary key autoincrement, \`uscc\` text not null, \`year\` integer not null, \`facts\` json not null, \`size_class\` text null, \`size_class_detail\` json not null, \`source\` text not null default 'manual', \`submitted_by\` text not null, \`submitted_at\` datetime not null, \`revision\` integer not null default 1);`);
    this.addSql(`create unique index \`annual_data_uscc_year_unique\` on \`annual_data\` (\`uscc\`, \`year\`);`);

    this.addSql(`create table \`change_log\` (\`id\` integer not null primary key autoincrement, \`uscc\` text not null, \`at\` datetime not null, \`actor\` text not null, \`action\` text not null, \`changes\` json not null, \`reason\` text null, \`year\` integer null);`);
    this.addSql(`create index \`change_log_uscc_idx\` on \`change_log\` (\`uscc\`, \`id\`);`);

    this.addSql(`create table \`enterprise\` (\`uscc\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`county_code\` text not null, \`industry_group\` text not null, \`chain_tags\` text not null default ',', \`contacts\` json not null, \`address\` text null, \`legal_representative\` text null, \`established_on\` text null, \`independent_legal_person\` integer null, \`main_product\` text null, \`status\` text not null default 'active', \`category\` text null, \`tier\` text null, \`size_class\` text null, \`size_class_year\` integer null, \`latest_data_year\` integer null, \`admitted_at\` datetime not null, \`removed_at\` datetime null, \`removal_reason\` text null, \`created_by\` text not null, \`updated_by\` text not null, \`version\` integer not null default 1, primary key (\`uscc\`));`);
    this.addSql(`create index \`enterprise_name_idx\` on \`enterprise\` (\`name\`);`);
    this.addSql(`create index \`enterprise_county_status_idx\` on \`enterprise\` (\`county_code\`, \`status\`);`);

    this.addSql(`create table \`import_job\` (\`id\` text not null, \`file_name\` text not null, \`file_hash\` text not null, \`status\` text not null default 'receiving', \`total_rows\` integer not null, \`received_rows\` integer not null default 0, \`processed_rows\` integer not null default 0, \`created_rows\` integer not null default 0, \`updated_rows\` integer not null default 0, \`unchanged_rows\` integer not null default 0, \`failed_rows\` integer not null default 0, \`previous_import_id\` text null, \`actor\` json not null, \`created_by\` text not null, \`scope_county\` text null, \`created_at\` datetime not null, \`finished_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create index \`import_job_file_hash_idx\` on \`import_job\` (\`file_hash\`);`);
    this.addSql(`create index \`import_job_status_idx\` on \`import_job\` (\`status\`);`);

    this.addSql(`create table \`import_row\` (\`id\` integer not null primary key autoincrement, \`import_id\` text not null, \`row_number\` integer not null, \`cells\` json not null, \`status\` text not null default 'pending', \`messages\` json null, \`uscc\` text null, \`name\` text null);`);
    this.addSql(`create index \`import_row_job_status_idx\` on \`import_row\` (\`import_id\`, \`status\`);`);
    this.addSql(`create unique index \`import_row_job_row_unique\` on \`import_row\` (\`import_id\`, \`row_number\`);`);

    this.addSql(`create table \`inbox_message\` (\`consumer\` text not null, \`event_id\` text not null, \`subject\` text not null, \`processed_at\` datetime not null, primary key (\`consumer\`, \`event_id\`));`);

    this.addSql(`create table \`outbox_message\` (\`seq\` integer not null primary key autoincrement, \`event_id\` text not null, \`subject\` text not null, \`body\` text not null, \`occurred_at\` datetime not null, \`published_at\` datetime null, \`attempts\` integer not null default 0, \`last_error\` text null);`);
    this.addSql(`create unique index \`outbox_message_event_id_unique\` on \`outbox_message\` (\`event_id\`);`);
    this.addSql(`create index \`outbox_message_pending_idx\` on \`outbox_message\` (\`published_at\`, \`seq\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`outbox_message\`;`);
    this.addSql(`drop table if exists \`inbox_message\`;`);
    this.addSql(`drop table if exists \`import_row\`;`);
    this.addSql(`drop table if exists \`import_job\`;`);
    this.addSql(`drop table if exists \`enterprise\`;`);
    this.addSql(`drop table if exists \`change_log\`;`);
    this.addSql(`drop table if exists \`annual_data\`;`);
  }
}
