import { Migration } from '@mikro-orm/migrations';

export class Migration20261206200735_talent_core extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`enrolment\` (\`id\` text not null, \`programme_id\` text not null, \`person_id\` text not null, \`uscc\` text not null, \`attended_session_ids\` json not null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`enrolment_enterprise_idx\` on \`enrolment\` (\`uscc\`);`);
    this.addSql(`create unique index \`enrolment_once\` on \`enrolment\` (\`programme_id\`, \`person_id\`);`);

    this.addSql(`create table \`enterprise_card\` (\`uscc\` text not null, \`name\` text not null default '', \`county_code\` text not null default '', \`registry_version\` integer not null default 0, \`status\` text not null default 'active', \`titles\` json not null, \`updated_at\` datetime not null, primary key (\`uscc\`));`);
    this.addSql(`create index \`enterprise_card_county_idx\` on \`enterprise_card\` (\`county_code\`);`);

    this.addSql(`create table \`nomination_round\` (\`id\` text not null, \`kind\` text not null, \`year\` integer not null, \`title\` text not null, \`opens_on\` text not null, \`closes_on\` text not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`nomination_round_once\` on \`nomination_round\` (\`kind\`, \`year\`, \`title\`);`);

    this.addSql(`create table \`person\` (\`id\` text not null, \`name\` text not null, \`uscc\` text not null, \`position\` text null, \`resident_id_cipher\` text not null, \`resident_id_index\` text not null, \`resident_id_masked\` text not null, \`phone_cipher\` text null, \`phone_masked\` text null, \`created_by\` text not null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`person_enterprise_idx\` on \`person\` (\`uscc\`);`);
    this.addSql(`create unique index \`person_resident_id_unique\` on \`person\` (\`resident_id_index\`);`);

    this.addSql(`create table \`programme\` (\`id\` text not null, \`title\` text not null, \`topic\` text not null, \`organiser\` text not null, \`management\` integer not null, \`starts_on\` text not null, \`ends_on\` text not null, \`capacity\` integer not null, \`created_by\` text not null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`programme_starts_idx\` on \`programme\` (\`starts_on\`);`);

    this.addSql(`create table \`talent_case\` (\`id\` text not null, \`kind\` text not null, \`measure\` text not null, \`person_id\` text not null, \`uscc\` text not null, \`county_code\` text not null, \`applied_on\` text not null, \`eligibility\` text not null, \`department\` text not null, \`specialty\` text null, \`level\` text null, \`round_id\` text null, \`status\` text not null default 'routed', \`outcome_note\` text null, \`decided_by\` text null, \`decided_on\` text null, \`created_by\` text not null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`talent_case_round_idx\` on \`talent_case\` (\`round_id\`);`);
    this.addSql(`create index \`talent_case_queue_idx\` on \`talent_case\` (\`kind\`, \`status\`, \`applied_on\`);`);

    this.addSql(`create table \`training_session\` (\`id\` text not null, \`programme_id\` text not null, \`held_on\` text not null, \`place\` text not null, primary key (\`id\`));`);
    this.addSql(`create index \`training_session_held_idx\` on \`training_session\` (\`held_on\`);`);
    this.addSql(`create index \`training_session_programme_idx\` on \`training_session\` (\`programme_id\`, \`held_on\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`training_session\`;`);
    this.addSql(`drop table if exists \`talent_case\`;`);
    this.addSql(`drop table if exists \`programme\`;`);
    this.addSql(`drop table if exists \`person\`;`);
    this.addSql(`drop table if exists \`nomination_round\`;`);
    this.addSql(`drop table if exists \`enterprise_card\`;`);
    this.addSql(`drop table if exists \`enrolment\`;`);
  }
}
