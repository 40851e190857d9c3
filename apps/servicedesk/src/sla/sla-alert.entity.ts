import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { SlaClockKind } from '@ladder/contracts';

/**
 * A warning before, or an escalation after, one SLA deadline of one appeal: also the console notice. The unique
 * key (appeal, cycle, deadline kind, level) makes it exactly once — a second run of the scan, or two at once,
 * finds the row (or fails to insert it, and its event rolls back with it).
 */
@Entity({ tableName: 'sla_alert' })
@Unique({ name: 'sla_alert_once', properties: ['appealId', 'cycle', 'kind', 'level'] })
@Index({ name: 'sla_alert_department_idx', properties: ['departmentCode', 'id'] })
export class SlaAlert {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 36 })
  appealId!: string;

  @Property({ type: 'string', length: 20 })
  appealNumber!: string;

  @Property({ type: 'integer' })
  cycle!: number;

  @Property({ type: 'string', length: 12 })
  kind!: SlaClockKind;

  @Property({ type: 'string', length: 10 })
  level!: 'warning' | 'escalated';

  @Property({ type: 'string', length: 10 })
  dueOn!: string;

  @Property({ type: 'string', length: 32 })
  departmentCode!: string;

  @Property({ type: 'string', length: 6 })
  countyCode!: string;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();
}
