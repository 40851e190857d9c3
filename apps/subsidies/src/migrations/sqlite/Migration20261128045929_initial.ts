import { Migration } from '@mikro-orm/migrations';

export class Migration20261128045929_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`award_application\` (\`id\` text not null, \`uscc\` text not null, \`county_code\` text not null, \`award_id\` text not null, \`date\` text not null, \`reference\` text not null, \`park_id\` text null, \`facts\` json not null, \`documents\` json not null, \`preview\` json not null, \`status\` text not null default 'submitted', \`entitlement_id\` text null, \`submitted_by_id\` text not null, \`submitted_by\` text not null, \`reviewed_by\` text null, \`comment\` text null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`award_application_status_idx\` on \`award_application\` (\`status\`, \`county_code\`);`);

    this.addSql(`create table \`award_version\` (\`id\` text not null, \`award_id\` text not null, \`status\` text not null default 'proposed', \`effective_from\` text not null, \`effective_to\` text null, \`title\` text not null, \`doc_no\` text not null, \`article\` text null, \`terms\` json not null, \`note\` text null, \`proposed_by_id\` text not null, \`proposed_by\` text not null, \`decided_by\` text null, \`comment\` text null, \`created_at\` datetime not null, \`decided_at\` datetime null, \`version\` integer not null default 1, primary key (\`id\`));`);
    this.addSql(`create index \`award_version_award_idx\` on \`award_version\` (\`award_id\`, \`status\`);`);

    this.addSql(`create table \`budget_line\` (\`id\` text not null, \`payer\` text not null, \`county_code\` text not null default '', \`year\` integer not null, \`amount_fen\` bigint not null default 0, \`reserved_fen\` bigint not null default 0, \`consumed_fen\` bigint not null default 0, \`version\` integer not null default 1, primary key (\`id\`), constraint budget_line_amounts check (\`amount_fen\` >= 0 and \`reserved_fen\` >= 0 and \`consumed_fen\` >= 0 and \`reserved_fen\` + \`consumed_fen\` <= \`amount_fen\`));`);
    this.addSql(`create unique index \`budget_line_unique\` on \`budget_line\` (\`payer\`, \`county_code\`, \`year\`);`);

    this.addSql(`create table \`enterprise_card\` (\`uscc\` text not null, \`name\` text not null default '', \`county_code\` text not null default '', \`registry_version\` integer not null default 0, \`titles\` json not null, \`size_class\` text null, \`status\` text not null default 'active', \`liaison\` json null, \`updated_at\` datetime not null, primary key (\`uscc\`));`);

    this.addSql(`create table \`entitlement\` (\`id\` text not null, \`award_id\` text not null, \`uscc\` text not null, \`county_code\` text not null, \`origin\` text not null, \`trigger_key\` text not null, \`trigger_date\` text not null, \`amount_fen\` bigint not null, \`cap_applied\` integer not null default false, \`payer\` text not null, \`split\` json not null, \`computation\` json not null, \`version_id\` text not null, \`status\` text not null, \`publicity_id\` text null, \`budget_year\` integer null, \`voucher_no\` text null, \`paid_on\` text null, \`steps\` json not null, \`created_by_id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`version\` integer not null default 1, primary key (\`id\`), constraint entitlement_amount check (\`amount_fen\` >= 0));`);
    this.addSql(`create index \`entitlement_status_idx\` on \`entitlement\` (\`status\`, \`county_code\`);`);
    this.addSql(`create unique index \`entitlement_once\` on \`entitlement\` (\`uscc\`, \`award_id\`, \`trigger_key\`);`);

    this.addSql(`create table \`inbox_message\` (\`consumer\` text not null, \`event_id\` text not null, \`subject\` text not null, \`processed_at\` datetime not null, primary key (\`consumer\`, \`event_id\`));`);

    this.addSql(`create table \`ledger_entry\` (\`id\` integer not null primary key autoincrement, \`at\` datetime not null, \`budget_line_id\` text null, \`entitlement_id\` text not null, \`award_id\` text not null, \`uscc\` text not null, \`payer\` text not null, \`county_code\` text null, \`year\` integer not null, \`kind\` text not null, \`amount_fen\` bigint not null, \`voucher_no\` text null, \`actor\` text not null, constraint ledger_entry_amount check (\`amount_fen\` > 0));`);
    this.addSql(`create index \`ledger_entry_line_idx\` on \`ledger_entry\` (\`budget_line_id\`);`);

    this.addSql(`create table \`match_notice\` (\`id\` integer not null primary key autoincrement, \`uscc\` text not null, \`award_id\` text not null, \`county_code\` text not null, \`message\` text not null, \`read_at\` datetime null, \`read_by\` text null, \`created_at\` datetime not null);`);
    this.addSql(`create unique index \`match_notice_once\` on \`match_notice\` (\`uscc\`, \`award_id\`);`);

    this.addSql(`create table \`objection\` (\`id\` text not null, \`entitlement_id\` text not null, \`publicity_id\` text not null, \`raised_by\` text not null, \`reason\` text not null, \`status\` text not null default 'open', \`note\` text null, \`recorded_by\` text not null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`objection_entitlement_idx\` on \`objection\` (\`entitlement_id\`);`);

    this.addSql(`create table \`outbox_message\` (\`seq\` integer not null primary key autoincrement, \`event_id\` text not null, \`subject\` text not null, \`body\` text not null, \`occurred_at\` datetime not null, \`published_at\` datetime null, \`attempts\` integer not null default 0, \`last_error\` text null);`);
    this.addSql(`create unique index \`outbox_message_event_id_unique\` on \`outbox_message\` (\`event_id\`);`);
    this.addSql(`create index \`outbox_message_pending_idx\` on \`outbox_message\` (\`published_at\`, \`seq\`);`);

    this.addSql(`create table \`park\` (\`id\` text not null, \`name\` text not null, \`county_code\` text not null, \`operator\` text not null, \`enterprises\` json not null, \`updated_by\` text not null, \`updated_at\` datetime not null, primary key (\`id\`));`);

    this.addSql(`create table \`publicity\` (\`id\` text not null, \`title\` text not null, \`starts_on\` text not null, \`ends_on\` text not null, \`status\` text not null default 'open', \`entitlement_ids\` json not null, \`created_by\` text not null, \`created_at\` datetime not null, \`closed_at\` datetime null, primary key (\`id\`));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`publicity\`;`);
    this.addSql(`drop table if exists \`park\`;`);
    this.addSql(`drop table if exists \`outbox_message\`;`);
    this.addSql(`drop table if exists \`objection\`;`);
    this.addSql(`drop table if exists \`match_notice\`;`);
    this.addSql(`drop table if exists \`ledger_entry\`;`);
    this.addSql(`drop table if exists \`inbox_message\`;`);
    this.addSql(`drop table if exists \`entitlement\`;`);
    this.addSql(`drop table if exists \`enterprise_card\`;`);
    this.addSql(`drop table if exists \`budget_line\`;`);
    this.addSql(`drop table if exists \`award_version\`;`);
    this.addSql(`drop table if exists \`award_application\`;`);
  }
}
