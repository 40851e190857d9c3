import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
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

  private async change(em: EntityManager, uscc: string, field: 'category' | 'tier', after: string | null, reason: string): Promise<void> {
    const e = await em.findOne(Enterprise, { uscc });
    if (!e) return;
    const before = e[field] ?? null;
    if (before === after) return;
    (e as unknown as Record<string, unknown>)[field] = after;
    e.updatedBy = 'tiering';
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
