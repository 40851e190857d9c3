import { Migration } from '@mikro-orm/migrations';

export class Migration20261207054337_compressed_result extends Migration {

  override async up(): Promise<void> {
    // The explanation is stored compressed from now on (ADR 0014); an existing row keeps its JSON text, as UTF-8
    // bytes, which the entity reads as well.
    this.addSql(`alter table "tiering"."pool_entry" alter column "result" type bytea using convert_to("result"::text, 'UTF8');`);
  }

  override async down(): Promise<void> {
    // Only rows still holding JSON text convert back; a compressed row fails the cast (re-evaluate after going down).
    this.addSql(`alter table "tiering"."pool_entry" alter column "result" type jsonb using convert_from("result", 'UTF8')::jsonb;`);
  }

}
