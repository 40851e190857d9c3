import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { OrganisationKind } from '@ladder/contracts';

/** A government guarantor (政府性融资担保机构) or a partner bank (合作银行), with the accounts acting for it. */
@Entity({ tableName: 'organisation' })
export class Organisation {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 10 })
  kind!: OrganisationKind;

  @Property({ type: 'string', length: 100, unique: 'organisation_name_unique' })
  name!: string;

  /** Usernames of the gateway accounts of this organisation. */
  @Property({ type: 'json' })
  members: string[] = [];

  @Property({ type: 'datetime', length: 3, onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
