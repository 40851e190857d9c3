import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** A new policy match for an enterprise, shown to its liaison in the console (S-45). */
@Entity({ tableName: 'match_notice' })
@Unique({ name: 'match_notice_once', properties: ['uscc', 'awardId'] })
@Index({ name: 'match_notice_county_idx', properties: ['countyCode', 'id'] })
@Index({ name: 'match_notice_unread_idx', properties: ['readAt', 'id'] })
export class MatchNotice {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Property({ type: 'string', length: 20 })
  awardId!: string;

  @Property({ type: 'string', length: 6 })
  countyCode!: string;

  @Property({ type: 'text' })
  message!: string;

  @Property({ type: 'datetime', length: 3, nullable: true })
  readAt?: Date | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  readBy?: string | null = null;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();
}
