import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** One session (场次) of a programme: attendance is taken per session. */
@Entity({ tableName: 'training_session' })
@Index({ name: 'training_session_programme_idx', properties: ['programmeId', 'heldOn'] })
@Index({ name: 'training_session_held_idx', properties: ['heldOn'] })
export class TrainingSession {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 36 })
  programmeId!: string;

  @Property({ type: 'string', length: 10 })
  heldOn!: string;

  @Property({ type: 'string', length: 200 })
  place!: string;
}
