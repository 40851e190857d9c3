import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** An annual round of 市级劳模 (and other honours) or 八闽英才 nominations. */
@Entity({ tableName: 'nomination_round' })
@Unique({ name: 'nomination_round_once', properties: ['kind', 'year', 'title'] })
export class NominationRound {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 16 })
  kind!: 'model-worker' | 'bamin-talent';

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'string', length: 10 })
  opensOn!: string;

  @Property({ type: 'string', length: 10 })
  closesOn!: string;
}
