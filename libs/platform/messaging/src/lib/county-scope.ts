import type { Actor } from '@ladder/contracts';
import { findCounty } from '@ladder/shared-domain';

import { DomainException } from './domain.exception';

/** What county scope needs of the acting user: a county account carries its county, a city-wide one none. */
export type ScopedActor = Pick<Actor, 'countyCode'>;

/**
 * A county account acts only on records of its county: anything else is `OUT_OF_SCOPE` (403), with the
 * code's text unless `message` says more. City-wide accounts (no `countyCode`) act everywhere. A record
 * without a county (`null`) is out of every county account's scope.
 */
export function assertInScope(actor: ScopedActor | undefined, countyCode: string | null | undefined, message?: string): void {
  if (actor?.countyCode && actor.countyCode !== countyCode) throw new DomainException('OUT_OF_SCOPE', message);
}

/**
 * The county a query must be confined to: a county account's own (asking for another county is
 * `OUT_OF_SCOPE`, with a message about the county filter, not about a record); for a city-wide account the
 * county asked for, if any.
 */
export function scopedCounty(actor: ScopedActor | undefined, asked?: string | null): string | undefined {
  if (actor?.countyCode) {
    if (asked && asked !== actor.countyCode) throw new DomainException('OUT_OF_SCOPE', countyFilterMessage(actor.countyCode, asked));
    return actor.countyCode;
  }
  return asked ?? undefined;
}

/** "无权查看永安市的数据：您的账号只能查看三元区的数据" (county names where the codes are known). */
function countyFilterMessage(own: string, asked: string): string {
  const askedName = findCounty(asked)?.name ?? '该县（市、区）';
  const ownName = findCounty(own)?.name ?? '本县（市、区）';
  return `无权查看${askedName}的数据：您的账号只能查看${ownName}的数据`;
}
