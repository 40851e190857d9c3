import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
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
} from '@ladder/contracts';
import { EventConsumerHost, recordEvent } from '@ladder/platform-messaging';
import { addDays } from '@ladder/shared-domain';

import { TALENT_SERVICE } from '../mikro-orm.config';
import { scopeChanges } from '../scope/scope-changes';
import { ScopeService } from '../scope/scope.service';
import { EnterpriseCard } from './enterprise-card.entity';
import type { CardTitle } from './enterprise-card.entity';

const TIERING = CONSUMERS.find((c) => c.service === 'talent' && c.stream === 'TIERING');
const REGISTRY = CONSUMERS.find((c) => c.service === 'talent' && c.stream === 'REGISTRY');

type Handler = (em: CoreEntityManager, envelope: EventEnvelope<object>) => Promise<void>;

/** How a title event moves the scope: the rules are asked on `beforeOn` (old titles) and `effectiveOn` (new titles). */
interface ScopeMove {
  readonly certificationId: string;
  readonly beforeOn: string;
  readonly effectiveOn: string;
  readonly cause: 'expired' | 'revoked' | null;
}

/**
 * Titles with their history from tiering (the scope starts with a valid title and ends on expiry or revocation),
 * names and counties from the registry. The host's inbox makes each event count once. Each title event that
 * starts or ends a measure records `talent.scope.started|ended` through the outbox, in the same transaction.
 */
@Injectable()
export class EventsConsumer implements OnApplicationBootstrap {
  private readonly logger = new Logger('TalentEvents');

  constructor(
    private readonly host: EventConsumerHost,
    private readonly scope: ScopeService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!TIERING || !REGISTRY) throw new Error('the consumers of talent are not declared');
    const on =
      <T extends object>(h: (em: EntityManager, data: T) => Promise<void>): Handler =>
      (em, e) =>
        h(em as EntityManager, e.data as T);
    await this.host.start({
      declaration: TIERING,
      handlers: {
        'tiering.enterprise.certified': on<EnterpriseCertifiedEvent>((em, d) =>
          this.onTitle(em, d.uscc, d.countyCode, { certificationId: d.certificationId, beforeOn: d.certifiedOn, effectiveOn: d.certifiedOn, cause: null }, (ts) => [
            ...ts.filter((t) => t.certificationId !== d.certificationId),
            {
              certificationId: d.certificationId,
              tier: d.tier,
              certifiedOn: d.certifiedOn,
              validUntil: d.validUntil,
              revokedOn: null,
              history: [{ event: 'certified', on: d.certifiedOn, validUntil: d.validUntil }],
            },
          ]),
        ),
        'tiering.enterprise.renewed': on<EnterpriseRenewedEvent>((em, d) =>
          this.onTitle(em, d.uscc, d.countyCode, { certificationId: d.certificationId, beforeOn: d.renewedOn, effectiveOn: d.renewedOn, cause: null }, (ts) =>
            ts.map((t) =>
              t.certificationId === d.certificationId
                ? {
                    ...t,
                    validUntil: d.validUntil,
                    revokedOn: null,
                    history: [...t.history, { event: 'renewed', on: d.renewedOn, validUntil: d.validUntil }],
                  }
                : t,
            ),
          ),
        ),
        'tiering.enterprise.revoked': on<EnterpriseRevokedEvent>((em, d) =>
          this.onTitle(em, d.uscc, d.countyCode, { certificationId: d.certificationId, beforeOn: addDays(d.revokedOn, 1), effectiveOn: addDays(d.revokedOn, 1), cause: 'revoked' }, (ts) =>
            ts.map((t) =>
              t.certificationId === d.certificationId
                ? {
                    ...t,
                    revokedOn: d.revokedOn,
                    history: [...t.history, { event: 'revoked', on: d.revokedOn, validUntil: t.validUntil }],
                  }
                : t,
            ),
          ),
        ),
        'tiering.enterprise.expired': on<EnterpriseTitleExpiredEvent>((em, d) =>
          this.onTitle(em, d.uscc, d.countyCode, { certificationId: d.certificationId, beforeOn: d.validUntil, effectiveOn: addDays(d.validUntil, 1), cause: 'expired' }, (ts) =>
            ts.map((t) =>
              t.certificationId === d.certificationId
                ? {
                    ...t,
                    validUntil: d.validUntil,
                    history: [...t.history, { event: 'expired', on: d.validUntil, validUntil: d.validUntil }],
                  }
                : t,
            ),
          ),
        ),
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
    this.logger.log('consuming tiering and registry events');
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

  private async onTitle(
    em: EntityManager,
    uscc: string,
    countyCode: string,
    move: ScopeMove,
    change: (titles: CardTitle[]) => CardTitle[],
  ): Promise<void> {
    const card = await this.card(em, uscc, countyCode);
    const before = this.scope.entitlementsOf(card, move.beforeOn);
    card.titles = change(card.titles);
    const after = this.scope.entitlementsOf(card, move.effectiveOn);
    const base = { uscc, countyCode: card.countyCode || countyCode, certificationId: move.certificationId };
    for (const c of scopeChanges(before, after, move.effectiveOn, move.cause)) {
      if (c.kind === 'started') recordEvent(em, TALENT_SERVICE, 'talent.scope.started', { ...base, ...c.payload });
      else recordEvent(em, TALENT_SERVICE, 'talent.scope.ended', { ...base, ...c.payload });
    }
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
