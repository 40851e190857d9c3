import { Migration } from '@mikro-orm/migrations';

export class Migration20261206195033_financing_matchmaking extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`credit_product\` (\`id\` text not null, \`bank_id\` text not null, \`name\` text not null, \`rate_min_bp\` integer not null, \`rate_max_bp\` integer not null, \`amount_min_fen\` bigint not null, \`amount_max_fen\` bigint not null, \`tiers\` json not null, \`counties\` json not null, \`active\` integer not null default true, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`credit_product_bank_idx\` on \`credit_product\` (\`bank_id\`, \`active\`);`);

    this.addSql(`create table \`financing_need\` (\`id\` text not null, \`uscc\` text not null, \`county_code\` text not null, \`amount_fen\` bigint not null, \`term_months\` integer not null, \`purpose\` text not null, \`recorded_by\` text not null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`financing_need_uscc_idx\` on \`financing_need\` (\`uscc\`, \`created_at\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`financing_need\`;`);
    this.addSql(`drop table if exists \`credit_product\`;`);
  }

}
