import { Migration } from '@mikro-orm/migrations';

export class Migration20261207054337_compressed_result extends Migration {

  override async up(): Promise<void> {
    // The explanation is stored compressed from now on (ADR 0014); an existing row keeps its JSON text, which the
    // entity reads as well.
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`create table \`pool_entry__temp_alter\` (\`uscc\` text not null, \`county_code\` text not null, \`name\` text not null, \`category\` text null, \`current_tier\` text null, \`next_tier\` text null, \`evaluation_id\` integer not null, \`inputs_hash\` text not null, \`result\` blob not null, \`distance\` json not null, \`evaluated_at\` datetime not null, primary key (\`uscc\`));`);
    this.addSql(`insert into \`pool_entry__temp_alter\` select \`uscc\`, \`county_code\`, \`name\`, \`category\`, \`current_tier\`, \`next_tier\`, \`evaluation_id\`, \`inputs_hash\`, \`result\`, \`distance\`, \`evaluated_at\` from \`pool_entry\`;`);
    this.addSql(`drop table \`pool_entry\`;`);
    this.addSql(`alter table \`pool_entry__temp_alter\` rename to \`pool_entry\`;`);
    this.addSql(`create index \`pool_entry_next_tier_idx\` on \`pool_entry\` (\`next_tier\`, \`category\`, \`uscc\`);`);
    this.addSql(`create index \`pool_entry_county_category_idx\` on \`pool_entry\` (\`county_code\`, \`category\`, \`uscc\`);`);
    this.addSql(`create index \`pool_entry_category_idx\` on \`pool_entry\` (\`category\`, \`uscc\`);`);
    this.addSql(`pragma foreign_keys = on;`);
  }

  override async down(): Promise<void> {
    // Back to a JSON column: rows stored compressed stay as they are (re-evaluate after going down).
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`create table \`pool_entry__temp_alter\` (\`uscc\` text not null, \`county_code\` text not null, \`name\` text not null, \`category\` text null, \`current_tier\` text null, \`next_tier\` text null, \`evaluation_id\` integer not null, \`inputs_hash\` text not null, \`result\` json not null, \`distance\` json not null, \`evaluated_at\` datetime not null, primary key (\`uscc\`));`);
    this.addSql(`insert into \`pool_entry__temp_alter\` select \`uscc\`, \`county_code\`, \`name\`, \`category\`, \`current_tier\`, \`next_tier\`, \`evaluation_id\`, \`inputs_hash\`, \`result\`, \`distance\`, \`evaluated_at\` from \`pool_entry\`;`);
    this.addSql(`drop table \`pool_entry\`;`);
    this.addSql(`alter table \`pool_entry__temp_alter\` rename to \`pool_entry\`;`);
    this.addSql(`create index \`pool_entry_next_tier_idx\` on \`pool_entry\` (\`next_tier\`, \`category\`, \`uscc\`);`);
    this.addSql(`create index \`pool_entry_county_category_idx\` on \`pool_entry\` (\`county_code\`, \`category\`, \`uscc\`);`);
    this.addSql(`create index \`pool_entry_category_idx\` on \`pool_entry\` (\`category\`, \`uscc\`);`);
    this.addSql(`pragma foreign_keys = on;`);
  }

}
