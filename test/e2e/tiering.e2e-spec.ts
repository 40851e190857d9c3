/**
 * The ladder through the gateway, on the processes the launcher runs: the policy command and the console's
 * what-if give the same result; a county recommendation goes through city review to a recognition and the
 * registry shows the title; targets, assessment export and permissions.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

import type { CertificationDto, EnterpriseDto, EvaluationDto, Page, PoolEntryDto, RecommendationDto, TargetsDto } from '@ladder/contracts';
import type { EvaluationResult } from '@ladder/policy';
import { makeEnterprise, waitFor } from '@ladder/platform-testing';
import ExcelJS from 'exceljs';

import { ApiClient, ROOT, TestStack } from '../support/stack';

const EXAMPLES = path.join(ROOT, 'docs/examples');

describe('tiering through the gateway', () => {
  const stack = new TestStack();
  let gxj: ApiClient;
  let gxjsh: ApiClient;
  let sanyuan: ApiClient;

  beforeAll(async () => {
    await stack.start();
    gxj = await new ApiClient(stack.baseUrl).login('gxj');
    gxjsh = await new ApiClient(stack.baseUrl).login('gxjsh');
    sanyuan = await new ApiClient(stack.baseUrl).login('sanyuan');
  });

  afterAll(async () => {
    await stack.stop();
  });

  it.each(fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.json')))(
    'should give the same result from the policy command and the console for %s',
    async (file) => {
      const profile = JSON.parse(fs.readFileSync(path.join(EXAMPLES, file), 'utf8')) as { countyCode: string };
      const cli = spawnSync(process.execPath, [path.join(ROOT, 'tools/run-ts.mjs'), path.join(ROOT, 'tools/policy/cli.ts'), 'evaluate', path.join(EXAMPLES, file), '--as-of', '2025-06-01'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(cli.status).toBe(0);
      const fromCommand = JSON.parse(cli.stdout) as EvaluationResult;
      const http = await gxj.call<EvaluationResult>('POST', '/api/tiering/what-if', { profile, asOf: '2025-06-01', type: 'new' });
      expect(http.status).toBe(200);
      expect(http.body).toEqual(fromCommand);
    },
  );

  it('should carry a county recommendation through city review to a recognition the registry shows', async () => {
    const e = makeEnterprise({ countyCode: '350404' });
    const profile = JSON.parse(fs.readFileSync(path.join(EXAMPLES, 'profile-innovative-by-score.json'), 'utf8')) as Record<string, unknown>;
    const created = await sanyuan.call('POST', '/api/enterprises/profiles', { ...profile, uscc: e.uscc, name: e.name, countyCode: '350404', titles: undefined });
    expect(created.status).toBe(200);
    const evaluation = await waitFor(async () => {
      const r = await sanyuan.call<EvaluationDto>('GET', `/api/tiering/enterprises/${e.uscc}/evaluation`);
      return r.status === 200 ? r.body : undefined;
    });
    expect(evaluation.result.tiers.innovative.score?.indicators.length).toBeGreaterThan(0);
    // Evaluate as of the example's year so that its data is the 上年度.
    const asOf2025 = await sanyuan.call<EvaluationDto>('POST', `/api/tiering/enterprises/${e.uscc}/evaluation`, { asOf: '2025-06-01', type: 'new' });
    expect(asOf2025.status).toBe(200);
    expect(asOf2025.body.result.tiers.innovative.decision).toBe('eligible');

    // The recommendation relies on today's evaluation, where the example's data is not the 上年度: the
    // result is unknown (not "not eligible"), which a county may still recommend.
    const rec = await sanyuan.call<RecommendationDto>('POST', '/api/tiering/recommendations', { uscc: e.uscc, tier: 'innovative', type: 'new', batchYear: 2025 });
    expect(rec.status).toBe(201);
    expect(rec.body.evaluationDecision).toBe('unknown');
    expect((await sanyuan.call('POST', `/api/tiering/recommendations/${rec.body.id}/review`, { decision: 'approve' })).status).toBe(403);
    expect((await gxjsh.call<RecommendationDto>('POST', `/api/tiering/recommendations/${rec.body.id}/review`, { decision: 'approve' })).body.status).toBe('city-approved');
    expect((await gxj.call<RecommendationDto>('POST', `/api/tiering/recommendations/${rec.body.id}/submit`)).body.status).toBe('submitted');
    const outcome = await gxj.call<RecommendationDto>('POST', `/api/tiering/recommendations/${rec.body.id}/outcome`, {
      outcome: 'certified',
      issuer: '福建省工业和信息化厅',
      docNo: '闽工信函〔2025〕300号',
      certifiedOn: '2025-09-01',
    });
    expect(outcome.body.status).toBe('certified');
    await waitFor(async () => (await gxj.call<EnterpriseDto>('GET', `/api/enterprises/${e.uscc}`)).body.tier === 'innovative');
  });

  it('should record, list, renew and revoke titles with permissions, and count targets', async () => {
    const e = makeEnterprise({ countyCode: '350481' });
    await gxj.call('POST', '/api/enterprises', { ...e, industryGroup: 'industry' });
    await waitFor(async () => (await gxj.call('GET', `/api/tiering/enterprises/${e.uscc}/evaluation`)).status === 200);
    const forbidden = await sanyuan.call('POST', '/api/tiering/certifications', { uscc: e.uscc, tier: 'innovative', issuer: 'x', docNo: 'y', certifiedOn: '2024-01-01' });
    expect(forbidden.status).toBe(403);
    const bad = await gxj.call<{ code: string; message: string }>('POST', '/api/tiering/certifications', { uscc: e.uscc, tier: 'giant', issuer: 'x', docNo: 'y', certifiedOn: '2024-02-30' });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/[\u4e00-\u9fff]/);
    const cert = await gxj.call<CertificationDto>('POST', '/api/tiering/certifications', { uscc: e.uscc, tier: 'innovative', issuer: '福建省工业和信息化厅', docNo: '闽工信〔2024〕8号', certifiedOn: '2024-03-01' });
    expect(cert.status).toBe(201);
    expect(cert.body.validUntil).toBe('2027-02-28');
    const list = await gxj.call<Page<CertificationDto>>('GET', `/api/tiering/certifications?uscc=${e.uscc}`);
    expect(list.body.items.map((c) => c.id)).toEqual([cert.body.id]);
    expect((await sanyuan.call('GET', `/api/tiering/certifications?county=350481`)).status).toBe(403);
    const revoked = await gxj.call<CertificationDto>('POST', `/api/tiering/certifications/${cert.body.id}/revoke`, { reason: '企业申请注销', fraud: false, revokedOn: '2025-01-10' });
    expect(revoked.body.status).toBe('revoked');
    const targets = await gxj.call<TargetsDto>('GET', '/api/tiering/targets');
    expect(targets.body.rows.map((r) => [r.tier, r.target])).toEqual([
      ['innovative', 800],
      ['specialized', 150],
      ['little-giant', 20],
    ]);
    const xlsx = await gxj.call<Buffer>('GET', '/api/tiering/assessment.xlsx?year=2024&period=annual');
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.rowCount).toBe(13);
    const pool = await sanyuan.call<Page<PoolEntryDto>>('GET', '/api/tiering/pool?pageSize=200');
    expect(pool.body.items.every((p) => p.countyCode === '350404')).toBe(true);
  });
});
