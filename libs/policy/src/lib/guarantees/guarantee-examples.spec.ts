import * as fs from 'node:fs';
import * as path from 'node:path';

import type { GuaranteeParameters } from './guarantee-parameters';
import { validateGuaranteeParameters } from './guarantee-parameters';
import { GUARANTEE_FIELDS, validateGuaranteeRequest } from './guarantee-request';
import type { GuaranteeRequest } from './guarantee-types';
import { computeGuarantee } from './compute-guarantee';

// The example requests of docs/examples/guarantees, as `npm run -s policy -- guarantee <file>` reads them (the
// command only adds file reading, validation messages and printing around validateGuaranteeRequest +
// computeGuarantee). The expected results are the ones docs/guarantees.md documents.
const EXAMPLES = path.resolve(__dirname, '../../../../../docs/examples/guarantees');

const load = (file: string): unknown =>
  JSON.parse(fs.readFileSync(path.join(EXAMPLES, file), 'utf8')) as unknown;

function request(file: string): GuaranteeRequest {
  const validation = validateGuaranteeRequest(load(file));
  if (!validation.ok) throw new Error(validation.problems.join('; '));
  return validation.value;
}

const DOCUMENTED: Record<string, Record<string, unknown>> = {
  'specialized-300wan-plus-200wan.request.json': {
    decision: 'eligible',
    tier: 'specialized',
    ceilingFen: 500_000_000,
    headroomFen: 200_000_000,
    excessFen: 0,
    fee: {
      chargedFeeFen: 1_000_000,
      standardFeeFen: 2_000_000,
      policyCostFen: 1_000_000,
      treatment: 'reduced',
    },
  },
  'specialized-300wan-plus-200wan-1fen.request.json': {
    decision: 'not-eligible',
    ceilingFen: 500_000_000,
    headroomFen: 200_000_000,
    excessFen: 1,
    fee: null,
  },
  'little-giant-exactly-1000wan.request.json': {
    decision: 'eligible',
    tier: 'little-giant',
    ceilingFen: 1_000_000_000,
    headroomFen: 1_000_000_000,
    fee: { chargedFeeFen: 0, standardFeeFen: 20_000_000, policyCostFen: 20_000_000, treatment: 'waived' },
  },
  'specialized-expired-day-before.request.json': {
    decision: 'not-eligible',
    tier: null,
    whiteList: { decision: 'not-member' },
  },
  'little-giant-revoked.request.json': {
    decision: 'not-eligible',
    tier: null,
    whiteList: { decision: 'not-member' },
  },
  'missing-outstanding.request.json': {
    decision: 'unknown',
    missing: ['outstandingGuaranteedFen'],
    ceilingFen: 500_000_000,
  },
  'specialized-2026-after-plan.request.json': {
    decision: 'not-covered',
    version: null,
    whiteList: { decision: 'not-covered' },
  },
};

describe('docs/examples/guarantees', () => {
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
      const result = computeGuarantee(request(file));

      // Assert
      expect(result).toMatchObject(DOCUMENTED[file]!);
    },
  );

  it('should apply the example successor and parameters when the 2026 request is run with them', () => {
    // Arrange
    const params = load('per-loan-days.params.json');
    expect(validateGuaranteeParameters(params)).toEqual([]);

    // Act
    const result = computeGuarantee(request('specialized-2026-after-plan.request.json'), {
      successors: load('successors-2026.versions.json') as unknown[],
      params: params as Partial<GuaranteeParameters>,
    });

    // Assert
    expect(result).toMatchObject({
      decision: 'eligible',
      version: { id: 'S-49@2026', successor: true },
      whiteList: { decision: 'member', version: { id: 'S-48@2026' } },
      fee: { termZh: '180天', chargedFeeFen: 493_150, standardFeeFen: 986_301, policyCostFen: 493_151 },
    });
  });

  it('should describe exactly the request fields in the JSON Schema', () => {
    // Arrange
    const schema = load('guarantee-request.schema.json') as {
      properties: Record<string, unknown>;
      required: string[];
      additionalProperties: boolean;
    };

    // Act / Assert
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(GUARANTEE_FIELDS).sort());
    expect(schema.required).toEqual(['date']);
    expect(schema.additionalProperties).toBe(false);
  });
});
