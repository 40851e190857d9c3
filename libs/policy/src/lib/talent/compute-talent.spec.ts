import * as fs from 'node:fs';
import * as path from 'node:path';

import { MeasureCatalogueError } from '../common/measure-versions';
import { talentEntitlements } from './compute-talent';
import { TALENT_FIELDS, TalentRequestError, validateTalentRequest } from './talent-request';
import type { TalentMeasureId, TalentRequest } from './talent-types';
import { validateTalentSuccessor } from './talent-versions';

const ALL: readonly TalentMeasureId[] = ['S-53', 'S-54', 'S-55a', 'S-55b', 'S-55c', 'S-55d'];
const S55: readonly TalentMeasureId[] = ['S-55a', 'S-55b', 'S-55c', 'S-55d'];

const status = (request: TalentRequest, id: TalentMeasureId): string =>
  talentEntitlements(request).measures.find((m) => m.id === id)?.status ?? 'absent';

describe('talentEntitlements — scope at title start, expiry and revocation', () => {
  const littleGiant = [
    { tier: 'little-giant', certifiedOn: '2023-07-01', validUntil: '2026-06-30' },
  ] as const;
  const revoked = [{ tier: 'little-giant', certifiedOn: '2023-07-01', revokedOn: '2024-11-01' }] as const;
  const specialized = [{ tier: 'specialized', certifiedOn: '2022-06-15', validUntil: '2025-06-14' }] as const;

  it.each([
    ['the day before recognition', littleGiant, '2023-06-30', []],
    ['the recognition date', littleGiant, '2023-07-01', ALL],
    ['the revocation date', revoked, '2024-11-01', ALL],
    ['the day after revocation', revoked, '2024-11-02', []],
    ['the last valid day', specialized, '2025-06-14', ['S-54', ...S55]],
    ['the day after expiry', specialized, '2025-06-15', []],
  ] as const)('should list the measures that apply on %s', (_label, titles, date, applies) => {
    // Act / Assert
    expect(talentEntitlements({ date, titles }).applies).toEqual(applies);
  });

  it('should put a 小巨人 in the 2+3+N scope from its recognition date to its last day with the clause', () => {
    // Act
    const s53 = talentEntitlements({ date: '2024-06-01', titles: littleGiant }).measures[0];

    // Assert
    expect(s53).toMatchObject({
      id: 'S-53',
      status: 'applies',
      basis: 'title',
      from: '2023-07-01',
      until: '2026-06-30',
      department: '市委人才办',
      clause: '《三明市优质中小企业梯度培育行动方案（征求意见稿）》二、（三）4 加强企业人才队伍建设',
      version: { id: 'S-53@plan-2022' },
    });
  });

  it('should keep S-55 but not S-53 for a 小巨人 revoked while its 专精特新 title is still valid', () => {
    // Arrange
    const titles = [
      { tier: 'specialized', certifiedOn: '2022-08-01', validUntil: '2025-07-31' },
      ...revoked,
    ] as const;

    // Act
    const result = talentEntitlements({ date: '2024-11-02', titles });

    // Assert
    expect(result.applies).toEqual(['S-54', ...S55]);
    expect(result.measures[0]?.reason).toContain('2024-11-01撤销（次日起不计）');
  });

  it('should give an innovative SME training coverage only', () => {
    // Act / Assert
    expect(
      talentEntitlements({ date: '2024-06-01', titles: [{ tier: 'innovative', certifiedOn: '2023-03-01' }] })
        .applies,
    ).toEqual(['S-54']);
  });
});

describe('talentEntitlements — pool, unknowns and versions', () => {
  it.each([
    [false, true, 'does-not-apply'],
    [true, true, 'applies'],
    [true, false, 'does-not-apply'],
    [true, null, 'unknown'],
  ] as const)(
    'should decide S-54 for a pool enterprise with trainingIncludesPool %s and inPool %s as %s',
    (includes, inPool, expected) => {
      // Act
      const result = talentEntitlements(
        { date: '2024-06-01', titles: [], inPool },
        { params: { trainingIncludesPool: includes } },
      );

      // Assert
      expect(result.measures.find((m) => m.id === 'S-54')?.status).toBe(expected);
      expect(result.pendingConfirmations.find((p) => p.parameter === 'trainingIncludesPool')?.value).toBe(
        String(includes),
      );
    },
  );

  it('should answer unknown for every measure naming titles when they are not reported', () => {
    // Act
    const result = talentEntitlements({ date: '2024-06-01', titles: null });

    // Assert
    expect(result.measures.every((m) => m.status === 'unknown')).toBe(true);
    expect(result.missing).toEqual(['titles']);
  });

  it.each([
    ['2021-12-31', 'not-covered'],
    ['2022-01-01', 'applies'],
    ['2025-12-31', 'applies'],
    ['2026-01-01', 'not-covered'],
  ] as const)('should apply the plan version on %s as %s', (date, expected) => {
    // Arrange
    const titles = [{ tier: 'little-giant', certifiedOn: '2021-07-01', validUntil: '2026-12-31' }] as const;

    // Act / Assert
    expect(status({ date, titles }, 'S-53')).toBe(expected);
  });

  it('should apply an approved successor after the plan period and refuse an overlapping one', () => {
    // Arrange
    const successor = {
      id: 'S-53@2026',
      ruleId: 'S-53',
      effectiveFrom: '2026-01-01',
      source: { title: '示例', docNo: '示例〔2026〕3号', confidence: 'unconfirmed' },
      clause: '第一条',
      terms: { kind: 'title-scope', tiers: ['little-giant'] },
      successor: true,
      approvedBy: ['甲', '乙'],
    };
    const titles = [{ tier: 'little-giant', certifiedOn: '2025-07-01' }] as const;

    // Act
    const result = talentEntitlements({ date: '2026-03-01', titles }, { successors: [successor] });

    // Assert
    expect(result.applies).toEqual(['S-53']);
    expect(result.measures[0]?.versionApplies).toContain('适用经审批的后续政策版本S-53@2026');
    expect(validateTalentSuccessor({ ...successor, effectiveFrom: '2025-06-01' })).toHaveLength(1);
    expect(() =>
      talentEntitlements(
        { date: '2026-03-01', titles },
        { successors: [{ ...successor, terms: { kind: 'x' } }] },
      ),
    ).toThrow(MeasureCatalogueError);
  });

  it('should refuse unknown fields, bad dates and bad parameters', () => {
    // Act / Assert
    expect(validateTalentRequest({ date: '2024-13-01', title: [] })).toEqual({
      ok: false,
      problems: [
        '未知字段“title”：请求只含 date、titles、inPool',
        '查询日期“2024-13-01”无效：应为 YYYY-MM-DD（须为真实存在的日期）',
      ],
    });
    expect(() =>
      talentEntitlements(
        { date: '2024-06-01' },
        { params: { trainingIncludesPool: 'yes' as unknown as boolean } },
      ),
    ).toThrow(TalentRequestError);
  });
});

describe('docs/examples/talent', () => {
  const EXAMPLES = path.resolve(__dirname, '../../../../../docs/examples/talent');
  const load = (file: string): unknown =>
    JSON.parse(fs.readFileSync(path.join(EXAMPLES, file), 'utf8')) as unknown;
  const DOCUMENTED: Record<string, { applies: readonly TalentMeasureId[]; missing: readonly string[] }> = {
    'little-giant-in-scope.request.json': { applies: ALL, missing: [] },
    'little-giant-day-after-revocation.request.json': { applies: ['S-54', ...S55], missing: [] },
    'innovative-only.request.json': { applies: ['S-54'], missing: [] },
    'pool-enterprise.request.json': { applies: [], missing: [] },
    'titles-missing.request.json': { applies: [], missing: ['titles'] },
  };

  it('should hold exactly the documented example requests', () => {
    // Act / Assert
    expect(
      fs
        .readdirSync(EXAMPLES)
        .filter((f) => f.endsWith('.request.json'))
        .sort(),
    ).toEqual(Object.keys(DOCUMENTED).sort());
  });

  it.each(Object.keys(DOCUMENTED).map((f) => [f]))(
    'should give the documented measures when %s is run',
    (file) => {
      // Arrange
      const validation = validateTalentRequest(load(file));
      if (!validation.ok) throw new Error(validation.problems.join('; '));

      // Act
      const result = talentEntitlements(validation.value);

      // Assert
      expect(result).toMatchObject(DOCUMENTED[file]!);
    },
  );

  it('should give training to the pool enterprise when the example parameters are used', () => {
    // Arrange
    const validation = validateTalentRequest(load('pool-enterprise.request.json'));
    if (!validation.ok) throw new Error('invalid');

    // Act / Assert
    expect(
      talentEntitlements(validation.value, {
        params: load('include-pool.params.json') as { trainingIncludesPool: boolean },
      }).applies,
    ).toEqual(['S-54']);
  });

  it('should describe exactly the request fields in the JSON Schema', () => {
    // Arrange
    const schema = load('talent-request.schema.json') as {
      properties: Record<string, unknown>;
      required: string[];
    };

    // Act / Assert
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(TALENT_FIELDS).sort());
    expect(schema.required).toEqual(['date']);
  });
});
