import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/knex';
import { CONSUMERS } from '@ladder/contracts';
import type {
  AnnualDataSubmittedEvent,
  EnterpriseReadmittedEvent,
  EnterpriseRegisteredEvent,
  EnterpriseRemovedEvent,
  EnterpriseSnapshot,
  EnterpriseUpdatedEvent,
  EventEnvelope,
} from '@ladder/contracts';
import { Clock } from '@ladder/platform-config';
import { EventConsumerHost, recordEvent } from '@ladder/platform-messaging';

import { PoolEntry } from '../evaluation/pool-entry.entity';
import { EvaluationService } from '../evaluation/evaluation.service';
import { TIERING_SOURCE } from '../tiering.tokens';
import { EnterpriseProjection } from './enterprise-projection.entity';

const DECLARATION = CONSUMERS.find((c) => c.service === 'tiering' && c.stream === 'REGISTRY');

/**
 * Keeps the enterprise projection from the registry's events and re-evaluates on every new fact, in the same
 * transaction as the inbox row (the consumer host), so a redelivered event changes nothing.
 */
@Injectable()
export class RegistryEventsConsumer implements OnApplicationBootstrap {
  private readonly logger = new Logger('RegistryEvents');

  constructor(
    private readonly host: EventConsumerHost,
    private readonly evaluations: EvaluationService,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!DECLARATION) throw new Error('consumer tiering on REGISTRY is not declared');
    await this.host.start({
      declaration: DECLARATION,
      handlers: {
        'registry.enterprise.registered': (em, e) => this.onSnapshot(em as EntityManager, (e.data as EnterpriseRegisteredEvent).enterprise),
        'registry.enterprise.updated': (em, e) => this.onSnapshot(em as EntityManager, (e.data as EnterpriseUpdatedEvent).enterprise),
        'registry.enterprise.readmitted': (em, e) => this.onSnapshot(em as EntityManager, (e.data as EnterpriseReadmittedEvent).enterprise),
        'registry.enterprise.removed': (em, e) => this.onRemoved(em as EntityManager, e as EventEnvelope<EnterpriseRemovedEvent>),
        'registry.enterprise.annual-data-submitted': (em, e) => this.onAnnualData(em as EntityManager, e as EventEnvelope<AnnualDataSubmittedEvent>),
      },
    });
    this.logger.log('consuming registry events');
  }

  private async apply(em: EntityManager, snapshot: EnterpriseSnapshot): Promise<EnterpriseProjection> {
    let p = await em.findOne(EnterpriseProjection, { uscc: snapshot.uscc });
    if (!p) {
      p = new EnterpriseProjection();
      p.uscc = snapshot.uscc;
      p.years = {};
      em.persist(p);
    }
    // Events of one enterprise may arrive out of order after redelivery: never go back to an older snapshot.
    if (snapshot.version >= p.registryVersion) {
      p.name = snapshot.name;
      p.countyCode = snapshot.countyCode;
      p.industryGroup = snapshot.industryGroup;
      p.status = snapshot.status;
      p.independentLegalPerson = snapshot.independentLegalPerson ?? null;
      p.registryVersion = snapshot.version;
    }
    return p;
  }

  private async onSnapshot(em: EntityManager, snapshot: EnterpriseSnapshot): Promise<void> {
    const p = await this.apply(em, snapshot);
    await em.flush();
    if (p.status === 'active') await this.evaluations.evaluate(em, p, { asOf: this.clock.today(), type: 'new', trigger: 'event' });
  }

  private async onAnnualData(em: EntityManager, envelope: EventEnvelope<AnnualDataSubmittedEvent>): Promise<void> {
    const data = envelope.data;
    const p = await this.apply(em, data.enterprise);
    const current = p.years[String(data.year)];
    if (!current || data.revision >= current.revision) {
      p.years = { ...p.years, [String(data.year)]: { facts: data.facts, revision: data.revision, submittedAt: data.submittedAt } };
    }
    await em.flush();
    if (p.status === 'active') await this.evaluations.evaluate(em, p, { asOf: this.clock.today(), type: 'new', trigger: 'event' });
  }

  private async onRemoved(em: EntityManager, envelope: EventEnvelope<EnterpriseRemovedEvent>): Promise<void> {
    const p = await this.apply(em, envelope.data.enterprise);
    const entry = await em.findOne(PoolEntry, { uscc: p.uscc });
    if (entry && entry.category !== null && entry.category !== undefined) {
      recordEvent(em, TIERING_SOURCE, 'tiering.enterprise.category-changed', {
        uscc: p.uscc,
        countyCode: p.countyCode,
        before: entry.category,
        after: null,
        nextTier: entry.nextTier ?? null,
        evaluationId: entry.evaluationId,
        reason: `企业已出库：${envelope.data.reason}`,
      });
      entry.category = null;
    }
    await em.flush();
  }
}
