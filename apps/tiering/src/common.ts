import type { Actor } from '@ladder/contracts';
import { DomainException } from '@ladder/platform-messaging';

/** County operators act only inside their county. */
export function assertInScope(actor: Actor | undefined, countyCode: string): void {
  if (actor?.countyCode && actor.countyCode !== countyCode) throw new DomainException('OUT_OF_SCOPE');
}

/** The county filter a query must use: the actor's county when scoped (refusing another), else the asked one. */
export function scopedCounty(actor: Actor | undefined, asked?: string): string | undefined {
  if (actor?.countyCode) {
    if (asked && asked !== actor.countyCode) throw new DomainException('OUT_OF_SCOPE');
    return actor.countyCode;
  }
  return asked;
}
