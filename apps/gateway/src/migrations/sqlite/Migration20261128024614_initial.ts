import { Migration } from '@mikro-orm/migrations';

export class Migration20261128024614_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`account\` (\`id\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`username\` text not null, \`display_name\` text not null, \`department\` text null, \`password_hash\` text not null, \`roles\` json not null, \`county_code\` text null, \`disabled\` integer not null default false, \`failed_logins\` integer not null default 0, \`locked_until\` datetime null, \`last_login_at\` datetime null, \`must_change_password\` integer not null default false, \`version\` integer not null default 1, primary key (\`id\`));`);
    this.addSql(`create unique index \`account_username_unique\` on \`account\` (\`username\`);`);

    this.addSql(`create table \`audit_log\` (\`id\` integer not null primary key autoincrement, \`at\` datetime not null, \`actor_id\` text null, \`actor\` text not null, \`roles\` json not null, \`county_code\` text null, \`action\` text not null, \`method\` text not null, \`path\` text not null, \`target\` text null, \`result\` text not null, \`status\` integer not null, \`error_code\` text null, \`before\` json null, \`after\` json null, \`request\` json null, \`ip\` text null);`);
    this.addSql(`create index \`audit_log_actor_idx\` on \`audit_log\` (\`actor\`, \`at\`);`);
    this.addSql(`create index \`audit_log_at_idx\` on \`audit_log\` (\`at\`);`);

    this.addSql(`create table \`session\` (\`id\` text not null, \`account_id\` text not null, \`created_at\` datetime not null, \`last_seen_at\` datetime not null, \`expires_at\` datetime not null, \`revoked_at\` datetime null, \`ip\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`session_account_idx\` on \`session\` (\`account_id\`);`);

    // The audit trail is append-only: the database itself refuses to change or remove a row.
    this.addSql(`create trigger \`audit_log_no_update\` before update on \`audit_log\` begin select raise(abort, 'audit_log is append-only'); end;`);
    this.addSql(`create trigger \`audit_log_no_delete\` before delete on \`audit_log\` begin select raise(abort, 'audit_log is append-only'); end;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`session\`;`);
    this.addSql(`drop table if exists \`audit_log\`;`);
    this.addSql(`drop table if exists \`account\`;`);
  }
}
