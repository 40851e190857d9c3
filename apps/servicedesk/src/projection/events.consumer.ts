import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { CONSUMERS } from '@ladder/contracts';
import type {
  EnterpriseCertifiedEvent,
  EnterpriseRenewedEvent,
  EnterpriseRevokedEvent,
  EnterpriseSnapshot,
  EnterpriseTitleExpiredEvent,
  EventEnvelope,
  LiaisonAssignedEvent,
  PaymentOverdueEvent,
} from '@ladder/contracts';
import { EventConsumerHost } from '@ladder/platform-messaging';

import { AppealCommands } from '../appeals/appeal-commands.service';
import type { ServicedeskEnv } from '../config/servicedesk.env';
import { SERVICEDESK_ENV } from '../servicedesk.tokens';
import { EnterpriseCard } from './enterprise-card.entity';
import type { CardTitle } from './enterprise-card.entity';

const TIERING = CONSUMERS.find((c) => c.service === 'servicedesk' && c.stream === 'TIERING');
const REGISTRY = CONSUMERS.find((c) => c.service === 'servicedesk' && c.stream === 'REGISTRY');
const PROCUREMENT = CONSUMERS.find((c) => c.service === 'servicedesk' && c.stream === 'PROCUREMENT');

type Handler = (em: CoreEntityManager, envelope: EventEnvelope<object>) => Promise<void>;

/**
 * Names and counties from the registry, titles and liaisons from tiering: what appeals and visits need; late
 * procurement payments open payment-arrears appeals.
 */
@Injectable()
export class EventsConsumer implements OnApplicationBootstrap {
  private readonly logger = new Logger('ServicedeskEvents');

  constructor(
    private readonly host: EventConsumerHost,
    private readonly appeals: AppealCommands,
    @Inject(SERVICEDESK_ENV) private readonly env: ServicedeskEnv,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!TIERING || !REGISTRY || !PROCUREMENT) throw new Error('the consumers of servicedesk are not declared');
    const on =
      <T extends object>(h: (em: EntityManager, data: T) => Promise<void>): Handler =>
      (em, e) =>
        h(em as EntityManager, e.data as T);
    await this.host.start({
      declaration: TIERING,
      handlers: {
        'tiering.enterprise.certified': on<EnterpriseCertifiedEvent>((em, d) =>
          this.onTitle(em, d.uscc, d.countyCode, (ts) => [
            ...ts.filter((t) => t.certificationId !== d.certificationId),
            { tier: d.tier, certificationId: d.certificationId, status: 'valid', validUntil: d.validUntil },
          ]),
        ),
        'tiering.enterprise.renewed': on<EnterpriseRenewedEvent>((em, d) =>
          this.onTitle(em, d.uscc, d.countyCode, (ts) => ts.map((t) => (t.certificationId === d.certificationId ? { ...t, status: 'valid', validUntil: d.validUntil } : t))),
        ),
        'tiering.enterprise.revoked': on<EnterpriseRevokedEvent>((em, d) =>
          this.onTitle(em, d.uscc, d.countyCode, (ts) => ts.map((t) => (t.certificationId === d.certificationId ? { ...t, status: 'revoked' } : t))),
        ),
        'tiering.enterprise.expired': on<EnterpriseTitleExpiredEvent>((em, d) =>
          this.onTitle(em, d.uscc, d.countyCode, (ts) => ts.map((t) => (t.certificationId === d.certificationId ? { ...t, status: 'expired' } : t))),
        ),
        'tiering.enterprise.liaison-assigned': on<LiaisonAssignedEvent>(async (em, d) => {
          const card = await this.card(em, d.uscc, d.countyCode);
          card.liaison = `${d.cadreName}（${d.cadreRank}，${d.cadreUnit}）`;
          await em.flush();
        }),
      },
    });
    const snapshot = on<{ enterprise: EnterpriseSnapshot }>((em, d) => this.onSnapshot(em, d.enterprise));
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
    await this.host.start({
      declaration: PROCUREMENT,
      handlers: {
        'procurement.payment.overdue-detected': on<PaymentOverdueEvent>(async (em, d) => {
          if (!this.env.SERVICEDESK_OPEN_APPEALS_FROM_OVERDUE) return;
          const a = await this.appeals.openFromOverdue(em, d, this.env.SERVICEDESK_OVERDUE_APPEAL_DEPARTMENT);
          await em.flush();
          if (a) this.logger.log(`appeal ${a.number} opened for the overdue contract ${d.contractNumber}`);
        }),
      },
    });
    this.logger.log('consuming tiering, registry and procurement events');
  }

  private async card(em: EntityManager, uscc: string, countyCode: string): Promise<EnterpriseCard> {
    let card = await em.findOne(EnterpriseCard, { uscc });
    if (!card) {
      card = new EnterpriseCard();
      card.uscc = uscc;
      card.countyCode = countyCode;
      em.persist(card);
    }
    return card;
  }

  private async onTitle(em: EntityManager, uscc: string, countyCode: string, change: (titles: CardTitle[]) => CardTitle[]): Promise<void> {
    const card = await this.card(em, uscc, countyCode);
    card.titles = change(card.titles);
    await em.flush();
  }

  private async onSnapshot(em: EntityManager, s: EnterpriseSnapshot): Promise<void> {
    const card = await this.card(em, s.uscc, s.countyCode);
    // Redelivered or reordered events never take the card back to an older snapshot.
    if (s.version < card.registryVersion) return;
    card.name = s.name;
    card.countyCode = s.countyCode;
    card.status = s.status;
    card.registryVersion = s.version;
    await em.flush();
  }
}
