import { Migration } from '@mikro-orm/migrations';

export class Migration20261206174336_list_indexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index "subsidies"."award_application_status_idx";`);

    this.addSql(`create index "award_application_county_status_idx" on "subsidies"."award_application" ("county_code", "status", "created_at", "id");`);
    this.addSql(`create index "award_application_county_idx" on "subsidies"."award_application" ("county_code", "created_at", "id");`);
    this.addSql(`create index "award_application_created_idx" on "subsidies"."award_application" ("created_at", "id");`);
    this.addSql(`create index "award_application_status_idx" on "subsidies"."award_application" ("status", "created_at", "id");`);

    this.addSql(`drop index "subsidies"."entitlement_status_idx";`);

    this.addSql(`create index "entitlement_award_idx" on "subsidies"."entitlement" ("award_id", "created_at", "id");`);
    this.addSql(`create index "entitlement_county_status_idx" on "subsidies"."entitlement" ("county_code", "status", "created_at", "id");`);
    this.addSql(`create index "entitlement_county_idx" on "subsidies"."entitlement" ("county_code", "created_at", "id");`);
    this.addSql(`create index "entitlement_created_idx" on "subsidies"."entitlement" ("created_at", "id");`);
    this.addSql(`create index "entitlement_status_idx" on "subsidies"."entitlement" ("status", "created_at", "id");`);

    this.addSql(`create index "ledger_entry_payer_year_idx" on "subsidies"."ledger_entry" ("payer", "year", "id");`);
    this.addSql(`create index "ledger_entry_county_idx" on "subsidies"."ledger_entry" ("county_code", "id");`);

    this.addSql(`create index "match_notice_unread_idx" on "subsidies"."match_notice" ("read_at", "id");`);
    this.addSql(`create index "match_notice_county_idx" on "subsidies"."match_notice" ("county_code", "id");`);

    this.addSql(`create index "publicity_created_idx" on "subsidies"."publicity" ("created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "subsidies"."award_application_county_status_idx";`);
    this.addSql(`drop index "subsidies"."award_application_county_idx";`);
    this.addSql(`drop index "subsidies"."award_application_created_idx";`);
    this.addSql(`drop index "subsidies"."award_application_status_idx";`);

    this.addSql(`create index "award_application_status_idx" on "subsidies"."award_application" ("status", "county_code");`);

    this.addSql(`drop index "subsidies"."entitlement_award_idx";`);
    this.addSql(`drop index "subsidies"."entitlement_county_status_idx";`);
    this.addSql(`drop index "subsidies"."entitlement_county_idx";`);
    this.addSql(`drop index "subsidies"."entitlement_created_idx";`);
    this.addSql(`drop index "subsidies"."entitlement_status_idx";`);

    this.addSql(`create index "entitlement_status_idx" on "subsidies"."entitlement" ("status", "county_code");`);

    this.addSql(`drop index "subsidies"."ledger_entry_payer_year_idx";`);
    this.addSql(`drop index "subsidies"."ledger_entry_county_idx";`);

    this.addSql(`drop index "subsidies"."match_notice_unread_idx";`);
    this.addSql(`drop index "subsidies"."match_notice_county_idx";`);

    this.addSql(`drop index "subsidies"."publicity_created_idx";`);
  }

}
