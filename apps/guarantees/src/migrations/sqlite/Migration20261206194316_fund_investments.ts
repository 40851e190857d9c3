import { Migration } from '@mikro-orm/migrations';

export class Migration20261206194316_fund_investments extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`fund_investment\` (\`id\` text not null, \`uscc\` text not null, \`county_code\` text not null, \`fund\` text not null, \`fund_name\` text not null, \`paid_in_fen\` bigint not null, \`paid_in_on\` text not null, \`recorded_by\` text not null, \`recorded_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`fund_investment_uscc_idx\` on \`fund_investment\` (\`uscc\`, \`paid_in_on\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`fund_investment\`;`);
  }

}
