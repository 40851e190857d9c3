import { Migration } from '@mikro-orm/migrations';

export class Migration20261206192259_whitelist_and_guarantees extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`enterprise_exposure\` (\`uscc\` text not null, \`committed_fen\` bigint not null default 0, \`version\` integer not null default 1, primary key (\`uscc\`), constraint enterprise_exposure_non_negative check (committed_fen >= 0));`);

    this.addSql(`create table \`guarantee_application\` (\`id\` text not null, \`uscc\` text not null, \`county_code\` text not null, \`guarantor_id\` text not null, \`bank_id\` text not null, \`principal_fen\` bigint not null, \`term_months\` integer not null, \`purpose\` text not null, \`application_date\` text not null, \`status\` text not null default 'submitted', \`tier\` text null, \`ceiling_fen\` bigint null, \`fee_treatment\` text null, \`standard_fee_fen\` bigint not null default 0, \`charged_fee_fen\` bigint not null default 0, \`policy_cost_fen\` bigint not null default 0, \`computation\` json not null, \`submitted_by\` text not null, \`reviewed_by\` text null, \`decided_by\` text null, \`approved_year\` integer null, \`note\` text null, \`loan_no\` text null, \`issued_on\` text null, \`closed_on\` text null, \`compensated_fen\` bigint not null default 0, \`recovered_fen\` bigint not null default 0, \`created_at\` datetime not null, \`version\` integer not null default 1, primary key (\`id\`));`);
    this.addSql(`create index \`guarantee_application_created_idx\` on \`guarantee_application\` (\`created_at\`, \`id\`);`);
    this.addSql(`create index \`guarantee_application_bank_idx\` on \`guarantee_application\` (\`bank_id\`, \`status\`);`);
    this.addSql(`create index \`guarantee_application_guarantor_idx\` on \`guarantee_application\` (\`guarantor_id\`, \`status\`);`);
    this.addSql(`create index \`guarantee_application_uscc_idx\` on \`guarantee_application\` (\`uscc\`, \`status\`);`);

    this.addSql(`create table \`organisation\` (\`id\` text not null, \`kind\` text not null, \`name\` text not null, \`members\` json not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`organisation_name_unique\` on \`organisation\` (\`name\`);`);

    this.addSql(`create table \`title_card\` (\`uscc\` text not null, \`county_code\` text not null, \`titles\` json not null, \`updated_at\` datetime not null, primary key (\`uscc\`));`);

    this.addSql(`create table \`white_list_change\` (\`id\` integer not null primary key autoincrement, \`uscc\` text not null, \`county_code\` text not null, \`action\` text not null, \`effective_on\` text not null, \`source\` text not null, \`tier\` text null, \`certification_id\` text null, \`reason\` text not null, \`actor\` text not null, \`at\` datetime not null);`);
    this.addSql(`create index \`white_list_change_uscc_idx\` on \`white_list_change\` (\`uscc\`, \`id\`);`);

    this.addSql(`create table \`white_list_entry\` (\`uscc\` text not null, \`county_code\` text not null, \`member\` integer not null default false, \`source\` text not null default 'title', \`tier\` text null, \`certification_id\` text null, \`since\` text null, \`until\` text null, \`reason\` text not null default '', \`updated_at\` datetime not null, primary key (\`uscc\`));`);
    this.addSql(`create index \`white_list_entry_member_idx\` on \`white_list_entry\` (\`member\`, \`county_code\`, \`uscc\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`white_list_entry\`;`);
    this.addSql(`drop table if exists \`white_list_change\`;`);
    this.addSql(`drop table if exists \`title_card\`;`);
    this.addSql(`drop table if exists \`organisation\`;`);
    this.addSql(`drop table if exists \`guarantee_application\`;`);
    this.addSql(`drop table if exists \`enterprise_exposure\`;`);
  }

}
