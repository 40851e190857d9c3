import * as fs from 'node:fs';
import * as path from 'node:path';

import { wan } from '../awards/award-money';
import { BASE_GUARANTEE_VERSIONS, GUARANTEE_CLAUSE, GUARANTEE_TEXT } from './guarantees.rules';

// "Every number the plan states for guarantees appears once in libs/policy with its clause" (issue 10): the plan's
// guarantee sentence states 500万元 and 1000万元; each must be written once, in the rule table, next to the clause.
const DIR = __dirname;
const sources = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))
  .map((f) => ({ file: f, text: fs.readFileSync(path.join(DIR, f), 'utf8') }));

/** Occurrences of an amount in code: `wan(500)` or the same amount in fen. */
function occurrences(text: string, wanAmount: number): number {
  const code = text.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '').replace(/'[^'\n]*'|`[^`]*`/g, "''");
  const fen = String(wanAmount * 1_000_000);
  const grouped = fen.replace(/\B(?=(\d{3})+(?!\d))/g, '_');
  return (
    (code.match(new RegExp(`\\bwan\\(${wanAmount}\\)`, 'g'))?.length ?? 0) +
    (code.match(new RegExp(`\\b(${fen}|${grouped})\\b`, 'g'))?.length ?? 0)
  );
}

describe('guarantee numbers of the plan', () => {
  const stated = [...GUARANTEE_TEXT['S-49'].matchAll(/(\d+)万元/g)].map((m) => Number(m[1]));

  it('should find exactly 500万 and 1000万 when the plan sentence is read', () => {
    // Act / Assert
    expect(stated).toEqual([500, 1000]);
  });

  it.each([500, 1000])('should write %i万 once in the guarantee rules, in the rule table', (amount) => {
    // Act
    const hits = sources
      .map((s) => ({ file: s.file, n: occurrences(s.text, amount) }))
      .filter((h) => h.n > 0);

    // Assert
    expect(hits).toEqual([{ file: 'guarantees.rules.ts', n: 1 }]);
  });

  it('should hold each stated amount in the S-49 base version with the plan clause', () => {
    // Arrange
    const s49 = BASE_GUARANTEE_VERSIONS.find((v) => v.ruleId === 'S-49');

    // Act / Assert
    expect(s49).toMatchObject({
      clause: GUARANTEE_CLAUSE,
      source: { article: '二、（三）2 畅通市场化融资渠道' },
      terms: { kind: 'guarantee-ceiling', ceilingsFen: { specialized: wan(500), 'little-giant': wan(1000) } },
    });
    expect(
      Object.values(s49?.terms.kind === 'guarantee-ceiling' ? s49.terms.ceilingsFen : {}).sort(),
    ).toEqual(stated.map(wan).sort());
  });
});
