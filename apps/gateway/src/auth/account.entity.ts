import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { TimestampedEntity } from '@ladder/platform-persistence';
import type { Role } from '@ladder/shared-permissions';

/** A user account. Roles are assigned by the security administrator (三员分立). */
@Entity({ tableName: 'account' })
export class Account extends TimestampedEntity {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 64, unique: 'account_username_unique' })
  username!: string;

  @Property({ type: 'string', length: 64 })
  displayName!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  department?: string | null = null;

  @Property({ type: 'string', length: 100, hidden: true })
  passwordHash!: string;

  @Property({ type: 'json' })
  roles: Role[] = [];

  /** County scope of county roles (GB/T 2260); null = whole city. */
  @Property({ type: 'string', length: 6, nullable: true })
  countyCode?: string | null = null;

  @Property({ type: 'boolean' })
  disabled = false;

  @Property({ type: 'integer' })
  failedLogins = 0;

  @Property({ type: 'datetime', length: 3, nullable: true })
  lockedUntil?: Date | null = null;

  @Property({ type: 'datetime', length: 3, nullable: true })
  lastLoginAt?: Date | null = null;

  @Property({ type: 'boolean' })
  mustChangePassword = false;

  @Property({ type: 'integer', version: true })
  version!: number;
}
