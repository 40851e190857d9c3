import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** A person (of an enterprise, as on the day of enrolment) in a programme, with the sessions attended. */
@Entity({ tableName: 'enrolment' })
@Unique({ name: 'enrolment_once', properties: ['programmeId', 'personId'] })
@Index({ name: 'enrolment_enterprise_idx', properties: ['uscc'] })
export class Enrolment {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 36 })
  programmeId!: string;

  @Property({ type: 'string', length: 36 })
  personId!: string;

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Property({ type: 'json' })
  attendedSessionIds: string[] = [];

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();
}
