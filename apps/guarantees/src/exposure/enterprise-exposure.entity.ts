import { BigIntType, Check, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The enterprise's policy-guaranteed principal that counts toward its S-49 ceiling: applications received and
 * not yet closed (在审 + 在保). Changed only by conditional UPDATEs inside the use case's transaction — a reservation
 * `WHERE committed_fen + :p <= :ceiling` the database refuses when two applications race for the last headroom —
 * and a CHECK keeps it from going negative.
 */
@Entity({ tableName: 'enterprise_exposure' })
@Check({ name: 'enterprise_exposure_non_negative', expression: 'committed_fen >= 0' })
export class EnterpriseExposure {
  @PrimaryKey({ type: 'string', length: 18 })
  uscc!: string;

  @Property({ type: new BigIntType('number') })
  committedFen = 0;

  @Property({ type: 'integer' })
  version = 1;
}
