import { Migration } from '@mikro-orm/migrations';

export class Migration20261206204946_overdue_appeals extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "servicedesk"."appeal" add column "source_contract_id" varchar(36) null;`);
    this.addSql(`alter table "servicedesk"."appeal" add constraint "appeal_source_contract_unique" unique ("source_contract_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "servicedesk"."appeal" drop constraint "appeal_source_contract_unique";`);
    this.addSql(`alter table "servicedesk"."appeal" drop column "source_contract_id";`);
  }

}
