import { Migration } from '@mikro-orm/migrations';

export class Migration20261206221750_projects_bids_imports extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`procurement_bid\` (\`id\` text not null, \`project_id\` text not null, \`supplier_uscc\` text not null, \`supplier_name\` text not null, \`declared_size\` text not null, \`form\` text not null, \`bid_fen\` bigint not null, \`small_micro_share_bp\` integer null, \`controlled_relationship\` integer null, \`goods_made_by_small_micro\` integer null, \`in_reserved_package\` integer null, \`registry_size\` text null, \`size_used\` text not null, \`size_mismatch\` integer not null default false, \`bidder_kind\` text not null, \`deduction_decision\` text not null, \`evaluation_price_fen\` bigint null, \`deduction\` json not null, \`awarded\` integer not null default false, \`registry_size_at_signing\` text null, \`size_mismatch_at_signing\` integer null, \`contract_id\` text null, \`created_by\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`procurement_bid_project_idx\` on \`procurement_bid\` (\`project_id\`);`);

    this.addSql(`create table \`procurement_import\` (\`id\` text not null, \`kind\` text not null, \`file_name\` text not null, \`file_hash\` text not null, \`status\` text not null default 'receiving', \`total_rows\` integer not null, \`received_rows\` integer not null default 0, \`processed_rows\` integer not null default 0, \`applied_rows\` integer not null default 0, \`unchanged_rows\` integer not null default 0, \`failed_rows\` integer not null default 0, \`previous_import_id\` text null, \`actor\` json not null, \`scope_county\` text null, \`created_by\` text not null, \`created_at\` datetime not null, \`finished_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create index \`procurement_import_hash_idx\` on \`procurement_import\` (\`kind\`, \`file_hash\`);`);
    this.addSql(`create index \`procurement_import_status_idx\` on \`procurement_import\` (\`status\`);`);

    this.addSql(`create table \`procurement_import_row\` (\`id\` integer not null primary key autoincrement, \`import_id\` text not null, \`row_number\` integer not null, \`cells\` json not null, \`status\` text not null default 'pending', \`messages\` json null, \`contract_number\` text null);`);
    this.addSql(`create index \`procurement_import_row_status_idx\` on \`procurement_import_row\` (\`import_id\`, \`status\`);`);
    this.addSql(`create unique index \`procurement_import_row_unique\` on \`procurement_import_row\` (\`import_id\`, \`row_number\`);`);

    this.addSql(`create table \`procurement_project\` (\`id\` text not null, \`project_number\` text not null, \`name\` text not null, \`buyer_name\` text not null, \`buyer_kind\` text not null, \`department\` text not null, \`county_code\` text not null, \`category\` text not null, \`budget_fen\` bigint not null, \`procurement_date\` text not null, \`suitable_for_sme\` integer not null default true, \`reserved_form\` text not null, \`reserved_fen\` bigint not null, \`reserved_for_small_micro_fen\` bigint null, \`small_micro_rate_bp\` integer null, \`joint_rate_bp\` integer null, \`evaluation\` text not null default 'price-deduction', \`awarded_bid_id\` text null, \`contract_id\` text null, \`created_by\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`procurement_project_date_idx\` on \`procurement_project\` (\`procurement_date\`);`);
    this.addSql(`create unique index \`procurement_project_number_unique\` on \`procurement_project\` (\`project_number\`);`);

    this.addSql(`alter table \`procurement_contract\` add column \`department\` text null;`);
    this.addSql(`alter table \`procurement_contract\` add column \`project_id\` text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`procurement_contract\` drop column \`project_id\`;`);
    this.addSql(`alter table \`procurement_contract\` drop column \`department\`;`);
    this.addSql(`drop table if exists \`procurement_project\`;`);
    this.addSql(`drop table if exists \`procurement_import_row\`;`);
    this.addSql(`drop table if exists \`procurement_import\`;`);
    this.addSql(`drop table if exists \`procurement_bid\`;`);
  }
}
