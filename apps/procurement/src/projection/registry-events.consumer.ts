import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { CONSUMERS } from '@ladder/contracts';
import type { EnterpriseSnapshot, EventEnvelope } from '@ladder/contracts';
import { EventConsumerHost } from '@ladder/platform-messaging';

import { SupplierCard } from './supplier-card.entity';

const REGISTRY = CONSUMERS.find((c) => c.service === 'procurement' && c.stream === 'REGISTRY');

/** The registry's size class of every enterprise in the pool: the SME status of a supplier when it signs. */
@Injectable()
export class RegistryEventsConsumer implements OnApplicationBootstrap {
  private readonly logger = new Logger('ProcurementEvents');

  constructor(private readonly host: EventConsumerHost) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!REGISTRY) throw new Error('the registry consumer of procurement is not declared');
    const snapshot = (em: CoreEntityManager, e: EventEnvelope<object>): Promise<void> => this.onSnapshot(em as EntityManager, (e.data as { enterprise: EnterpriseSnapshot }).enterprise);
    await this.host.start({
      declaration: REGISTRY,
      handlers: {
        'registry.enterprise.registered': snapshot,
        'registry.enterprise.updated': snapshot,
        'registry.enterprise.readmitted': snapshot,
        'registry.enterprise.removed': snapshot,
        'registry.enterprise.annual-data-submitted': snapshot,
      },
    });
    this.logger.log('consuming registry events');
  }

  private async onSnapshot(em: EntityManager, s: EnterpriseSnapshot): Promise<void> {
    let card = await em.findOne(SupplierCard, { uscc: s.uscc });
    if (!card) {
      card = new SupplierCard();
      card.uscc = s.uscc;
      em.persist(card);
    }
    // Redelivered or reordered events never take the card back to an older snapshot.
    if (s.version < card.registryVersion) return;
    card.name = s.name;
    card.countyCode = s.countyCode;
    card.sizeClass = s.sizeClass;
    card.status = s.status;
    card.registryVersion = s.version;
    await em.flush();
  }
}
