import { Migration } from '@mikro-orm/migrations';

export class Migration20261206192621_appeals extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`appeal\` (\`id\` text not null, \`number\` text not null, \`uscc\` text not null, \`enterprise_name\` text not null, \`county_code\` text not null, \`category\` text not null, \`title\` text not null, \`description\` text not null, \`raised_by\` text not null, \`raised_by_role\` text not null, \`contact_phone\` text null, \`origin\` text not null default 'direct', \`origin_id\` text null, \`status\` text not null default 'submitted', \`department_code\` text null, \`received_on\` text not null, \`routed_on\` text null, \`cycle\` integer not null default 0, \`cycle_started_on\` text null, \`pauses\` json not null, \`acknowledged_on\` text null, \`answered_on\` text null, \`resolved_on\` text null, \`resolved_on_time\` integer null, \`satisfaction\` integer null, \`reopen_count\` integer not null default 0, \`answer\` text null, \`result\` text null, \`commitment\` json null, \`timeline\` json not null, \`created_by\` text not null, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`appeal_received_idx\` on \`appeal\` (\`received_on\`);`);
    this.addSql(`create index \`appeal_county_idx\` on \`appeal\` (\`county_code\`, \`received_on\`);`);
    this.addSql(`create index \`appeal_department_idx\` on \`appeal\` (\`department_code\`, \`status\`);`);
    this.addSql(`create index \`appeal_status_idx\` on \`appeal\` (\`status\`, \`received_on\`);`);
    this.addSql(`create unique index \`appeal_number_unique\` on \`appeal\` (\`number\`);`);

    this.addSql(`create table \`enterprise_card\` (\`uscc\` text not null, \`name\` text not null default '', \`county_code\` text not null default '', \`registry_version\` integer not null default 0, \`status\` text not null default 'active', \`titles\` json not null, \`liaison\` text null, \`updated_at\` datetime not null, primary key (\`uscc\`));`);
    this.addSql(`create index \`enterprise_card_county_idx\` on \`enterprise_card\` (\`county_code\`);`);

    this.addSql(`create table \`meeting\` (\`id\` text not null, \`title\` text not null, \`held_on\` text not null, \`county_code\` text null, \`participants\` json not null, \`enterprises\` json not null, \`decisions\` json not null, \`appeal_ids\` json not null, \`recorded_by\` text not null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`meeting_held_idx\` on \`meeting\` (\`held_on\`);`);

    this.addSql(`create table \`sla_alert\` (\`id\` integer not null primary key autoincrement, \`appeal_id\` text not null, \`appeal_number\` text not null, \`cycle\` integer not null, \`kind\` text not null, \`level\` text not null, \`due_on\` text not null, \`department_code\` text not null, \`county_code\` text not null, \`text\` text not null, \`created_at\` datetime not null);`);
    this.addSql(`create index \`sla_alert_department_idx\` on \`sla_alert\` (\`department_code\`, \`id\`);`);
    this.addSql(`create unique index \`sla_alert_once\` on \`sla_alert\` (\`appeal_id\`, \`cycle\`, \`kind\`, \`level\`);`);

    this.addSql(`create table \`visit\` (\`id\` text not null, \`uscc\` text not null, \`enterprise_name\` text not null, \`county_code\` text not null, \`visited_on\` text not null, \`cadre_name\` text not null, \`cadre_unit\` text null, \`summary\` text not null, \`appeal_ids\` json not null, \`recorded_by\` text not null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`visit_county_idx\` on \`visit\` (\`county_code\`, \`visited_on\`);`);
    this.addSql(`create index \`visit_enterprise_idx\` on \`visit\` (\`uscc\`, \`visited_on\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`visit\`;`);
    this.addSql(`drop table if exists \`sla_alert\`;`);
    this.addSql(`drop table if exists \`meeting\`;`);
    this.addSql(`drop table if exists \`enterprise_card\`;`);
    this.addSql(`drop table if exists \`appeal\`;`);
  }
}
