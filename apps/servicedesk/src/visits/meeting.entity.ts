import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** A 面对面 coordination meeting (S-58): participants, decisions, and the follow-up appeals it opened. */
@Entity({ tableName: 'meeting' })
@Index({ name: 'meeting_held_idx', properties: ['heldOn'] })
export class Meeting {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'string', length: 10 })
  heldOn!: string;

  @Property({ type: 'string', length: 6, nullable: true })
  countyCode: string | null = null;

  @Property({ type: 'json' })
  participants: string[] = [];

  @Property({ type: 'json' })
  enterprises: string[] = [];

  @Property({ type: 'json' })
  decisions: string[] = [];

  @Property({ type: 'json' })
  appealIds: string[] = [];

  @Property({ type: 'string', length: 64 })
  recordedBy!: string;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();
}
