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
import { EventConsumerHost } from '@ladder/platform-messaging';
import { TIER_LABELS, addDays } from '@ladder/shared-domain';

import { TitleCard } from './title-card.entity';
import type { ProjectedTitle } from './title-card.entity';
import { WhiteListService } from './white-list.service';

const TIERING = CONSUMERS.find((c) => c.service === 'guarantees' && c.stream === 'TIERING');
const REGISTRY = CONSUMERS.find((c) => c.service === 'guarantees' && c.stream === 'REGISTRY');

type Handler = (em: CoreEntityManager, envelope: EventEnvelope<object>) => Promise<void>;

/**
 * Tiering's title events keep the white list. The durable consumer starts from the beginning of the TIERING
 * stream, so a new deployment (or a wiped database) replays every recognition, renewal, expiry and revocation and
 * the list fills from the existing pool — the same way subsidies gets its titles. The inbox row and the effect
 * commit together: a redelivered event is skipped.
 */
@Injectable()
export class TitleEventsConsumer implements OnApplicationBootstrap {
  private readonly logger = new Logger('GuaranteesTitleEvents');

  constructor(
    private readonly host: EventConsumerHost,
    private readonly whiteList: WhiteListService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!TIERING || !REGISTRY) throw new Error('the consumers of guarantees are not declared');
    const on =
      <T extends object>(h: (em: EntityManager, data: T) => Promise<void>): Handler =>
      (em, e) =>
        h(em as EntityManager, e.data as T);
    await this.host.start({
      declaration: TIERING,
      handlers: {
        'tiering.enterprise.certified': on<EnterpriseCertifiedEvent>((em, d) => this.onCertified(em, d)),
        'tiering.enterprise.renewed': on<EnterpriseRenewedEvent>((em, d) =>
          this.onTitle(em, d.uscc, d.countyCode, d.certificationId, (t) => ({ ...t, validUntil: d.validUntil }), d.renewedOn, null),
        ),
        'tiering.enterprise.revoked': on<EnterpriseRevokedEvent>((em, d) =>
          this.onTitle(
            em,
            d.uscc,
            d.countyCode,
            d.certificationId,
            (t) => ({ ...t, revokedOn: d.revokedOn, fraud: d.fraud }),
            addDays(d.revokedOn, 1),
            d.fraud ? 'fraud' : 'revoked',
            `${TIER_LABELS[d.tier].zh}称号于${d.revokedOn}撤销${d.fraud ? `（弄虚作假${d.barredUntil ? `，${d.barredUntil}前不得再次申请` : ''}）` : ''}：${d.reason}`,
          ),
        ),
        'tiering.enterprise.expired': on<EnterpriseTitleExpiredEvent>((em, d) =>
          this.onTitle(
            em,
            d.uscc,
            d.countyCode,
            d.certificationId,
            (t) => ({ ...t, validUntil: d.validUntil }),
            addDays(d.validUntil, 1),
            'expired',
            `${TIER_LABELS[d.tier].zh}称号有效期至${d.validUntil}，已到期`,
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
    this.logger.log('consuming tiering title events and registry names');
  }

  private async card(em: EntityManager, uscc: string, countyCode: string): Promise<TitleCard> {
    let card = await em.findOne(TitleCard, { uscc });
    if (!card) {
      card = Object.assign(new TitleCard(), { uscc, countyCode });
      em.persist(card);
    }
    card.countyCode = countyCode;
    return card;
  }

  private async onSnapshot(em: EntityManager, s: EnterpriseSnapshot): Promise<void> {
    const card = await this.card(em, s.uscc, s.countyCode);
    if (s.version >= card.registryVersion) {
      card.name = s.name;
      card.registryVersion = s.version;
    }
    await em.flush();
  }

  private async onCertified(em: EntityManager, d: EnterpriseCertifiedEvent): Promise<void> {
    const card = await this.card(em, d.uscc, d.countyCode);
    const title: ProjectedTitle = {
      certificationId: d.certificationId,
      tier: d.tier,
      certifiedOn: d.certifiedOn,
      validUntil: d.validUntil,
      revokedOn: null,
      fraud: false,
      docNo: d.docNo,
    };
    card.titles = [...card.titles.filter((t) => t.certificationId !== d.certificationId), title];
    await this.whiteList.reconcile(em, card, d.certifiedOn, null);
    await em.flush();
  }

  private async onTitle(
    em: EntityManager,
    uscc: string,
    countyCode: string,
    certificationId: string,
    change: (t: ProjectedTitle) => ProjectedTitle,
    date: string,
    cause: 'expired' | 'revoked' | 'fraud' | null,
    causeText?: string,
  ): Promise<void> {
    const card = await this.card(em, uscc, countyCode);
    card.titles = card.titles.map((t) => (t.certificationId === certificationId ? change(t) : t));
    await this.whiteList.reconcile(em, card, date, cause, causeText);
    await em.flush();
  }
}
