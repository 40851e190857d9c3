import * as fs from 'node:fs';
import * as path from 'node:path';

import type { AwardParameters } from './award-parameters';
import { validateAwardParameters } from './award-parameters';
import { validateAwardRequest } from './award-request';
import type { AwardRequest, AwardVersion } from './award-types';
import { computeAward } from './compute-award';

// The example requests of docs/examples/awards, as `npm run -s policy -- award <file>` reads them (the command only
// adds file reading, validation messages and printing around validateAwardRequest + computeAward). The expected
// results are the ones docs/awards.md documents.
const EXAMPLES = path.resolve(__dirname, '../../../../../docs/examples/awards');

function load(file: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(EXAMPLES, file), 'utf8')) as unknown;
}

function request(file: string): AwardRequest {
  const validation = validateAwardRequest(load(file));
  if (!validation.ok) throw new Error(validation.problems.join('; '));
  return validation.value;
}

const DOCUMENTED: Record<
  string,
  { decision: string; amountFen: number; capApplied: boolean; payerSplit: unknown[]; formula: string | null }
> = {
  's-36-national-first-set-500wan.request.json': {
    decision: 'granted',
    amountFen: 200_000_000,
    capApplied: true,
    payerSplit: [{ payer: 'PROV', amountFen: 200_000_000 }],
    formula: '市场销售单价500万元 × 60% = 300万元，超过上限200万元，按200万元',
  },
  's-36-national-first-set-200wan.request.json': {
    decision: 'granted',
    amountFen: 120_000_000,
    capApplied: false,
    payerSplit: [{ payer: 'PROV', amountFen: 120_000_000 }],
    formula: '市场销售单价200万元 × 60% = 120万元',
  },
  's-17-specialized-2024.request.json': {
    decision: 'granted',
    amountFen: 5_000_000,
    capApplied: false,
    payerSplit: [{ payer: 'CITY', amountFen: 5_000_000 }],
    formula: '市级财政定额奖励5万元',
  },
  's-17-specialized-2026.request.json': {
    decision: 'not-covered',
    amountFen: 0,
    capApplied: false,
    payerSplit: [],
    formula: null,
  },
  's-47-upgrade-fund-2yi.request.json': {
    decision: 'granted',
    amountFen: 100_000_000,
    capApplied: false,
    payerSplit: [{ payer: 'PROV', amountFen: 100_000_000 }],
    formula: '国家制造业转型升级基金实际到资额20000万元 × 5‰ = 100万元',
  },
  's-47-sme-sub-fund-5000wan.request.json': {
    decision: 'granted',
    amountFen: 50_000_000,
    capApplied: false,
    payerSplit: [{ payer: 'PROV', amountFen: 50_000_000 }],
    formula: '国家中小企业发展基金一级子基金实际到资额5000万元 × 1% = 50万元',
  },
  's-22-park-operator-120wan.request.json': {
    decision: 'granted',
    amountFen: 100_000_000,
    capApplied: true,
    payerSplit: [{ payer: 'BEN', countyCode: '350481', amountFen: 100_000_000 }],
    formula: '拟奖励金额120万元，超过上限100万元，按100万元',
  },
  's-44-renovation-reward.request.json': {
    decision: 'granted',
    amountFen: 61_728_394,
    capApplied: false,
    payerSplit: [{ payer: 'PROV', amountFen: 61_728_394 }],
    formula: '项目设备投资额1234.567891万元 × 5% = 61.72839455万元，按分向下取整为61.728394万元',
  },
  's-19-county-matching.request.json': {
    decision: 'unknown',
    amountFen: 0,
    capApplied: false,
    payerSplit: [],
    formula: null,
  },
};

describe('docs/examples/awards', () => {
  it('should hold exactly the documented example requests when the folder is listed', () => {
    // Act
    const files = fs
      .readdirSync(EXAMPLES)
      .filter((f) => f.endsWith('.request.json'))
      .sort();

    // Assert
    expect(files).toEqual(Object.keys(DOCUMENTED).sort());
  });

  it.each(Object.keys(DOCUMENTED).map((f) => [f]))(
    'should compute the documented result when %s is run',
    (file) => {
      // Act
      const result = computeAward(request(file));

      // Assert
      expect(result).toMatchObject(DOCUMENTED[file]!);
      expect(result.payerSplit.reduce((s, p) => s + p.amountFen, 0)).toBe(result.amountFen);
    },
  );

  it('should grant the 2026 recognition when the example successor version is supplied', () => {
    // Arrange
    const successors = load('successors-2026.versions.json') as AwardVersion[];

    // Act
    const result = computeAward(request('s-17-specialized-2026.request.json'), { successors });

    // Assert
    expect(result).toMatchObject({ decision: 'granted', amountFen: 5_000_000 });
    expect(result.version).toMatchObject({ id: 'S-17@2026', docNo: '示例〔2026〕1号', successor: true });
  });

  it('should pay the county amount of the example parameter file when it is supplied', () => {
    // Arrange
    const params = load('county-matching.params.json');
    expect(validateAwardParameters(params)).toEqual([]);

    // Act
    const result = computeAward(request('s-19-county-matching.request.json'), {
      params: params as Partial<AwardParameters>,
    });

    // Assert
    expect(result).toMatchObject({
      decision: 'granted',
      amountFen: 2_000_000,
      payerSplit: [{ payer: 'CNTY', countyCode: '350404', amountFen: 2_000_000 }],
    });
  });
});
