import { completeUscc } from '@ladder/shared-domain';
import { describe, expect, it } from 'vitest';

import { groupMatches, usccFromQuery } from './data';

const USCC = completeUscc('91350404MA2XYA123');

function match(awardId: string, status: Api.Subsidies.Match['status']): Api.Subsidies.Match {
  return { awardId, name: awardId, status, clause: '二、（一）2', payer: 'CITY', lacks: [], amountFen: 0 };
}

describe('policy matching', () => {
  it('should group the awards as 可享受, 办理中, 已享受, 尚缺条件, 待补充信息', () => {
    const groups = groupMatches([
      match('S-43', 'lacks'),
      match('S-18', 'qualifies'),
      match('S-17', 'received'),
      match('S-36', 'may-qualify'),
      match('S-35', 'lacks'),
      match('S-19', 'in-progress'),
    ]);
    expect(groups.map((g) => g.label)).toEqual(['可享受', '办理中', '已享受', '尚缺条件', '待补充信息']);
    expect(groups.map((g) => g.items.map((m) => m.awardId))).toEqual([['S-18'], ['S-19'], ['S-17'], ['S-35', 'S-43'], ['S-36']]);
    expect(groupMatches([]).every((g) => g.items.length === 0)).toBe(true);
  });

  it('should go straight to an enterprise when a valid USCC is typed or picked', () => {
    expect(usccFromQuery(` ${USCC.toLowerCase()} `)).toBe(USCC);
    expect(usccFromQuery(`三明某某公司（${USCC}）`)).toBe(USCC);
    expect(usccFromQuery('三明')).toBeNull();
  });
});
