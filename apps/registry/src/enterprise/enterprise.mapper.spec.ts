import { canonicalJson, plainFacts } from './enterprise.mapper';

class Facts {
  employees = 3;
  ip = { class1Total: 1 };
}

describe('plainFacts', () => {
  const values: unknown[] = [
    { b: 1, a: { d: true, c: 'x', e: null, f: undefined }, list: [3, { z: 1, y: null }, null, 'q'] },
    { '10': 1, '2': 2, b: -0, a: [] },
    [{ b: 1, a: 2 }],
    { when: new Date('2026-01-01T00:00:00.000Z'), n: 1 },
    { n: Number.NaN, i: Infinity },
    { list: [1, undefined, 2] },
    new Facts(),
    { nested: new Facts() },
    Object.assign(Object.create(null) as object, { b: 1, a: 2 }),
    'text',
    7,
    null,
  ];
  it.each(values.map((v) => [v]))('equals the JSON round trip of the canonical JSON (%#)', (value) => {
    const expected: unknown = JSON.parse(canonicalJson(value));
    const actual = plainFacts(value);
    expect(actual).toStrictEqual(expected);
    expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
    if (actual !== null && typeof actual === 'object') expect(actual).not.toBe(value);
  });
});
