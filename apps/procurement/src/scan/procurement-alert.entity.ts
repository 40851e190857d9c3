import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * One alert raised by the daily scan: a contract overdue on a day (`payment-overdue`, key = contract, day) or a
 * complaint whose review deadline passed (`complaint-overdue`, key = complaint, its due day). The unique key makes
 * it exactly once: a second run finds the row, or fails to insert it and its outbox event rolls back with it.
 */
@Entity({ tableName: 'procurement_alert' })
@Unique({ name: 'procurement_alert_once', properties: ['kind', 'subjectId', 'day'] })
export class ProcurementAlert {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 20 })
  kind!: 'payment-overdue' | 'complaint-overdue';

  @Property({ type: 'string', length: 36 })
  subjectId!: string;

  @Property({ type: 'string', length: 10 })
  day!: string;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();
}
