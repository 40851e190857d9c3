import { Migration } from '@mikro-orm/migrations';

export class Migration20261206201347_contracts_complaints extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`complaint\` (\`id\` text not null, \`number\` text not null, \`complainant_uscc\` text not null, \`complainant_name\` text not null, \`respondent_name\` text not null, \`contract_id\` text null, \`amount_fen\` bigint null, \`summary\` text not null, \`filed_via\` text not null, \`status\` text not null default 'received', \`received_on\` text not null, \`review_due_on\` text not null, \`reviewed_on\` text null, \`reason\` text null, \`forward_to\` text null, \`outcome\` text null, \`informed_on\` text null, \`timeline\` json not null, \`created_by\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`complaint_status_idx\` on \`complaint\` (\`status\`, \`review_due_on\`);`);
    this.addSql(`create unique index \`complaint_number_unique\` on \`complaint\` (\`number\`);`);

    this.addSql(`create table \`procurement_alert\` (\`id\` integer not null primary key autoincrement, \`kind\` text not null, \`subject_id\` text not null, \`day\` text not null, \`text\` text not null, \`created_at\` datetime not null);`);
    this.addSql(`create unique index \`procurement_alert_once\` on \`procurement_alert\` (\`kind\`, \`subject_id\`, \`day\`);`);

    this.addSql(`create table \`procurement_contract\` (\`id\` text not null, \`contract_number\` text not null, \`buyer_name\` text not null, \`buyer_kind\` text not null, \`county_code\` text not null, \`supplier_uscc\` text not null, \`supplier_name\` text not null, \`declared_size\` text not null, \`registry_size\` text null, \`size_at_signing\` text not null, \`size_source\` text not null, \`signed_on\` text not null, \`amount_fen\` bigint not null, \`acceptance_condition\` integer not null default false, \`acceptance_deadline\` text null, \`agreed_term_days\` integer null, \`back_to_back\` integer not null default false, \`agreed_annual_rate_bp\` integer null, \`delivered_on\` text null, \`accepted_on\` text null, \`payments\` json not null, \`created_by\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`procurement_contract_signed_idx\` on \`procurement_contract\` (\`signed_on\`);`);
    this.addSql(`create index \`procurement_contract_buyer_idx\` on \`procurement_contract\` (\`buyer_name\`, \`signed_on\`);`);
    this.addSql(`create unique index \`procurement_contract_number_unique\` on \`procurement_contract\` (\`contract_number\`);`);

    this.addSql(`create table \`supplier_card\` (\`uscc\` text not null, \`name\` text not null default '', \`county_code\` text not null default '', \`size_class\` text null, \`status\` text not null default 'active', \`registry_version\` integer not null default 0, \`updated_at\` datetime not null, primary key (\`uscc\`));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`supplier_card\`;`);
    this.addSql(`drop table if exists \`procurement_contract\`;`);
    this.addSql(`drop table if exists \`procurement_alert\`;`);
    this.addSql(`drop table if exists \`complaint\`;`);
  }
}
