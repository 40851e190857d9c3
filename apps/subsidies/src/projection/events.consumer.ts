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
  FundInvestmentRecordedEvent,
  LiaisonAssignedEvent,
} from '@ladder/contracts';
import { DomainException, EventConsumerHost } from '@ladder/platform-messaging';

import { ApplicationService } from '../applications/application.service';
import { CatalogueService } from '../catalogue/catalogue.service';
import { EntitlementService } from '../entitlements/entitlement.service';
import { MatchingService } from '../matching/matching.service';
import { EnterpriseCard } from './enterprise-card.entity';
import type { TitleState } from './enterprise-card.entity';

const TIERING = CONSUMERS.find((c) => c.service === 'subsidies' && c.stream === 'TIERING');
const REGISTRY = CONSUMERS.find((c) => c.service === 'subsidies' && c.stream === 'REGISTRY');
const GUARANTEES = CONSUMERS.find((c) => c.service === 'subsidies' && c.stream === 'GUARANTEES');

type Handler = (em: CoreEntityManager, envelope: EventEnvelope<object>) => Promise<void>;

/**
 * What subsidies learns from the other services. A new recognition (tiering `certified`, kind `new`) creates its
 * 免申即享 entitlements in the same transaction as the inbox row: a redelivered event finds the inbox row, and a
 * second event for the same certification finds the entitlement (unique per enterprise, award and certification).
 */
@Injectable()
export class EventsConsumer implements OnApplicationBootstrap {
  private readonly logger = new Logger('SubsidiesEvents');

  constructor(
    private readonly host: EventConsumerHost,
    private readonly entitlements: EntitlementService,
    private readonly matching: MatchingService,
    private readonly catalogue: CatalogueService,
    private readonly applications: ApplicationService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!TIERING || !REGISTRY || !GUARANTEES) throw new Error('the consumers of subsidies are not declared');
    const on =
      <T extends object>(h: (em: EntityManager, data: T) => Promise<void>): Handler =>
      (em, e) =>
        h(em as EntityManager, e.data as T);
    await this.host.start({
      declaration: TIERING,
      handlers: {
        'tiering.enterprise.certified': on<EnterpriseCertifiedEvent>((em, d) => this.onCertified(em, d)),
        'tiering.enterprise.renewed': on<EnterpriseRenewedEvent>((em, d) =>
          this.onTitle(em, d.uscc, d.countyCode, d.certificationId, (t) => ({
            ...t,
            status: 'valid',
            validUntil: d.validUntil,
          })),
        ),
        'tiering.enterprise.revoked': on<EnterpriseRevokedEvent>((em, d) =>
          this.onTitle(em, d.uscc, d.countyCode, d.certificationId, (t) => ({ ...t, status: 'revoked' })),
        ),
        'tiering.enterprise.expired': on<EnterpriseTitleExpiredEvent>((em, d) =>
          this.onTitle(em, d.uscc, d.countyCode, d.certificationId, (t) => ({ ...t, status: 'expired' })),
        ),
        'tiering.enterprise.liaison-assigned': on<LiaisonAssignedEvent>((em, d) => this.onLiaison(em, d)),
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
      declaration: GUARANTEES,
      handlers: { 'guarantees.fund-investment.recorded': on<FundInvestmentRecordedEvent>((em, d) => this.onFundInvestment(em, d)) },
    });
    this.logger.log('consuming tiering, registry and guarantees events');
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

  async onCertified(em: EntityManager, d: EnterpriseCertifiedEvent): Promise<void> {
    const card = await this.card(em, d.uscc, d.countyCode);
    const title: TitleState = {
      tier: d.tier,
      certificationId: d.certificationId,
      kind: d.kind,
      status: 'valid',
      certifiedOn: d.certifiedOn,
      validUntil: d.validUntil,
      docNo: d.docNo,
      issuer: d.issuer,
    };
    card.titles = [...card.titles.filter((t) => t.certificationId !== d.certificationId), title];
    await em.flush();
    // The catalogue in force, read once for the entitlements and the matching.
    const options = await this.catalogue.options(em);
    if (d.kind === 'new') {
      await this.entitlements.fromCertification(
        em,
        {
          certificationId: d.certificationId,
          uscc: d.uscc,
          countyCode: d.countyCode,
          tier: d.tier,
          kind: d.kind,
          certifiedOn: d.certifiedOn,
        },
        options,
      );
    }
    await this.matching.refresh(em, card, options);
  }

  private async onTitle(
    em: EntityManager,
    uscc: string,
    countyCode: string,
    certificationId: string,
    change: (t: TitleState) => TitleState,
  ): Promise<void> {
    const card = await this.card(em, uscc, countyCode);
    card.titles = card.titles.map((t) => (t.certificationId === certificationId ? change(t) : t));
    await em.flush();
    await this.matching.refresh(em, card);
  }

  /**
   * S-47: a national fund investment recorded by 市金融监管局 becomes an application (到资奖励) for 市工信局 to review;
   * the investment id is its reference, so a second delivery is a duplicate. An investment that earns nothing
   * (outside every version, the cap reached) is logged, not retried.
   */
  private async onFundInvestment(em: EntityManager, d: FundInvestmentRecordedEvent): Promise<void> {
    try {
      await this.applications.create(
        em,
        {
          uscc: d.uscc,
          awardId: 'S-47',
          date: d.paidInOn,
          reference: d.investmentId,
          facts: { fund: d.fund, paidInFen: d.paidInFen },
          documents: [{ name: `国家级基金到资登记：${d.fundName}（市金融监管局${d.recordedBy}登记）`, reference: d.investmentId }],
          actor: { userId: 'guarantees', username: '市金融监管局（到资登记）', roles: [] },
        },
        'S-47',
      );
    } catch (error) {
      if (error instanceof DomainException && (error.code === 'SUBSIDIES_NOT_GRANTED' || error.code === 'SUBSIDIES_DUPLICATE')) {
        this.logger.warn(`S-47 application for ${d.uscc} (investment ${d.investmentId}) not opened: ${error.message}`);
        return;
      }
      throw error;
    }
  }

  private async onLiaison(em: EntityManager, d: LiaisonAssignedEvent): Promise<void> {
    const card = await this.card(em, d.uscc, d.countyCode);
    card.liaison = { cadreName: d.cadreName, cadreRank: d.cadreRank, cadreUnit: d.cadreUnit };
    await em.flush();
  }

  private async onSnapshot(em: EntityManager, s: EnterpriseSnapshot): Promise<void> {
    const card = await this.card(em, s.uscc, s.countyCode);
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
