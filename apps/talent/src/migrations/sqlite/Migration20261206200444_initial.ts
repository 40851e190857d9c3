import { Migration } from '@mikro-orm/migrations';

export class Migration20261206200444_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`inbox_message\` (\`consumer\` text not null, \`event_id\` text not null, \`subject\` text not null, \`processed_at\` datetime not null, primary key (\`consumer\`, \`event_id\`));`);

    this.addSql(`create table \`outbox_message\` (\`seq\` integer not null primary key autoincrement, \`event_id\` text not null, \`subject\` text not null, \`body\` text not null, \`occurred_at\` datetime not null, \`published_at\` datetime null, \`attempts\` integer not null default 0, \`last_error\` text null);`);
    this.addSql(`create unique index \`outbox_message_event_id_unique\` on \`outbox_message\` (\`event_id\`);`);
    this.addSql(`create index \`outbox_message_pending_idx\` on \`outbox_message\` (\`published_at\`, \`seq\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`outbox_message\`;`);
    this.addSql(`drop table if exists \`inbox_message\`;`);
  }

}
