import type { Actor } from '@ladder/contracts';

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
 * `OUT_OF_SCOPE`); for a city-wide account the county asked for, if any.
 */
export function scopedCounty(actor: ScopedActor | undefined, asked?: string | null): string | undefined {
  if (actor?.countyCode) {
    if (asked && asked !== actor.countyCode) throw new DomainException('OUT_OF_SCOPE');
    return actor.countyCode;
  }
  return asked ?? undefined;
}
