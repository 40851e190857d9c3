import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { CONSUMERS } from '@ladder/contracts';
import type { CategoryChangedEvent, CertificationEventBase, FieldChange } from '@ladder/contracts';
import { EventConsumerHost } from '@ladder/platform-messaging';

import { ChangeLog } from '../enterprise/change-log.entity';
import { Enterprise } from '../enterprise/enterprise.entity';

const DECLARATION = CONSUMERS.find((c) => c.service === 'registry' && c.stream === 'TIERING');

/**
 * Records in the pool what tiering decides: the pool category (重点推荐/重点提升/重点关注, S-14) and the highest
 * title held. The registry does not republish these (tiering's events are the facts); it logs them in the
 * enterprise's change history.
 */
@Injectable()
export class TieringEventsConsumer implements OnApplicationBootstrap {
  private readonly logger = new Logger('TieringEvents');

  constructor(private readonly host: EventConsumerHost) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!DECLARATION) throw new Error('consumer registry on TIERING is not declared');
    const onTitle = (em: unknown, e: { data: object }): Promise<void> => this.setTier(em as EntityManager, e.data as CertificationEventBase);
    await this.host.start({
      declaration: DECLARATION,
      handlers: {
        'tiering.enterprise.category-changed': (em, e) => this.setCategory(em as EntityManager, e.data as CategoryChangedEvent),
        'tiering.enterprise.certified': onTitle,
        'tiering.enterprise.renewed': onTitle,
        'tiering.enterprise.revoked': onTitle,
        'tiering.enterprise.expired': onTitle,
      },
    });
    this.logger.log('consuming tiering events');
  }

  /**
   * Tiering is the only writer of these two columns (ADR 0011). They are written with a plain UPDATE that
   * leaves the enterprise's edit stamp alone (`version`, `updatedAt`, `updatedBy` describe edits of the
   * registry's own fields): a classification arriving while someone edits the enterprise is not a conflict
   * with their edit, and a whole-pool re-evaluation does not reorder the "recently updated" list. The change
   * is in the enterprise's history.
   */
  private async change(em: EntityManager, uscc: string, field: 'category' | 'tier', after: string | null, reason: string): Promise<void> {
    // Read outside the identity map, so that the flush below has no change set for the enterprise.
    const e = await em.findOne(Enterprise, { uscc }, { disableIdentityMap: true });
    if (!e) return;
    const before = e[field] ?? null;
    if (before === after) return;
    // `version = version`: naming the column keeps MikroORM from incrementing it, and keeps whatever a
    // concurrent edit committed.
    await em.nativeUpdate(Enterprise, { uscc }, { [field]: after, version: raw<Enterprise, number>('version') });
    const log = new ChangeLog();
    log.uscc = uscc;
    log.actor = 'tiering';
    log.action = 'classified';
    log.changes = [{ field, before, after } satisfies FieldChange];
    log.reason = reason;
    em.persist(log);
    await em.flush();
  }

  private setCategory(em: EntityManager, data: CategoryChangedEvent): Promise<void> {
    return this.change(em, data.uscc, 'category', data.after, data.reason);
  }

  private setTier(em: EntityManager, data: CertificationEventBase): Promise<void> {
    return this.change(em, data.uscc, 'tier', data.currentTier, '梯度层级变更（认定、复核、撤销或到期）');
  }
}
