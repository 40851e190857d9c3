import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { AppealCategory, AppealCommitmentDto, AppealStatus, AppealStepDto } from '@ladder/contracts';
import type { ClockPause } from '@ladder/policy';

/**
 * An appeal (诉求) of an enterprise: raised, triaged by 市工信局, routed to a department, acknowledged, answered,
 * resolved and rated. `cycle` counts the runs of its SLA clocks: a transfer or a reopening starts a new one (the
 * clocks restart for the department that now holds it), and a warning or escalation is sent once per cycle and
 * deadline (SlaAlert).
 */
@Entity({ tableName: 'appeal' })
@Unique({ name: 'appeal_number_unique', properties: ['number'] })
@Unique({ name: 'appeal_source_contract_unique', properties: ['sourceContractId'] })
@Index({ name: 'appeal_status_idx', properties: ['status', 'receivedOn'] })
@Index({ name: 'appeal_department_idx', properties: ['departmentCode', 'status'] })
@Index({ name: 'appeal_county_idx', properties: ['countyCode', 'receivedOn'] })
@Index({ name: 'appeal_received_idx', properties: ['receivedOn'] })
export class Appeal {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 20 })
  number!: string;

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Property({ type: 'string', length: 100 })
  enterpriseName!: string;

  @Property({ type: 'string', length: 6 })
  countyCode!: string;

  @Property({ type: 'string', length: 20 })
  category!: AppealCategory;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'string', length: 100 })
  raisedBy!: string;

  @Property({ type: 'string', length: 20 })
  raisedByRole!: 'liaison' | 'enterprise-contact';

  @Property({ type: 'string', length: 30, nullable: true })
  contactPhone: string | null = null;

  @Property({ type: 'string', length: 10 })
  origin: 'direct' | 'visit' | 'meeting' | 'overdue' = 'direct';

  @Property({ type: 'string', length: 36, nullable: true })
  originId: string | null = null;

  /** The procurement contract an `overdue` appeal was opened for: one appeal per contract, ever. */
  @Property({ type: 'string', length: 36, nullable: true })
  sourceContractId: string | null = null;

  @Property({ type: 'string', length: 20 })
  status: AppealStatus = 'submitted';

  @Property({ type: 'string', length: 32, nullable: true })
  departmentCode: string | null = null;

  @Property({ type: 'string', length: 10 })
  receivedOn!: string;

  @Property({ type: 'string', length: 10, nullable: true })
  routedOn: string | null = null;

  @Property({ type: 'integer' })
  cycle = 0;

  /** The day the clocks of this cycle started (routing, transfer, reopening). */
  @Property({ type: 'string', length: 10, nullable: true })
  cycleStartedOn: string | null = null;

  /** Waiting for the enterprise during this cycle. */
  @Property({ type: 'json' })
  pauses: ClockPause[] = [];

  @Property({ type: 'string', length: 10, nullable: true })
  acknowledgedOn: string | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  answeredOn: string | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  resolvedOn: string | null = null;

  /** Whether the last resolution met its resolve deadline. */
  @Property({ type: 'boolean', nullable: true })
  resolvedOnTime: boolean | null = null;

  @Property({ type: 'integer', nullable: true })
  satisfaction: number | null = null;

  @Property({ type: 'integer' })
  reopenCount = 0;

  @Property({ type: 'text', nullable: true })
  answer: string | null = null;

  @Property({ type: 'text', nullable: true })
  result: string | null = null;

  @Property({ type: 'json', nullable: true })
  commitment: AppealCommitmentDto | null = null;

  @Property({ type: 'json' })
  timeline: AppealStepDto[] = [];

  @Property({ type: 'string', length: 64 })
  createdBy!: string;

  @Property({ type: 'integer', version: true })
  version = 1;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', length: 3, onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
