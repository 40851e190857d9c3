import { Property } from '@mikro-orm/core';

/** createdAt / updatedAt for every aggregate root (updatedAt refreshed on every flush that changes it). */
export abstract class TimestampedEntity {
  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', length: 3, onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
