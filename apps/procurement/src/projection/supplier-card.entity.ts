import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { SizeClass } from '@ladder/shared-domain';

/** What procurement knows of an enterprise in the pool from the registry's events: its size class for signing. */
@Entity({ tableName: 'supplier_card' })
export class SupplierCard {
  @PrimaryKey({ type: 'string', length: 18 })
  uscc!: string;

  @Property({ type: 'string', length: 100 })
  name = '';

  @Property({ type: 'string', length: 6 })
  countyCode = '';

  @Property({ type: 'string', length: 10, nullable: true })
  sizeClass: SizeClass | null = null;

  @Property({ type: 'string', length: 10 })
  status: 'active' | 'removed' = 'active';

  @Property({ type: 'integer' })
  registryVersion = 0;

  @Property({ type: 'datetime', length: 3, onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
