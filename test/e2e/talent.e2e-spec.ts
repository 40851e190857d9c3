/**
 * 人才支持 through the gateway, on the processes the launcher runs (real NATS, real databases): a 小巨人 certified
 * by 市工信局 is in the 2+3+N scope from its recognition, as the policy command says for the same request, and out
 * of it the day after revocation; a person's ID number is masked for a role without the right, shown in full to
 * 人才办 with an audit entry, and absent from the service's SQLite file. The scope changes are facts on the TALENT
 * stream (`talent.scope.started|ended`), and so is a decided green-channel case (`talent.case.decided`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

import type {
  CertificationDto,
  Page,
  PersonDto,
  TalentCaseDto,
  TalentEntitlementsDto,
  TalentScopeEntryDto,
  TalentScopeRequestDto,
} from '@ladder/contracts';
import { EventCollector, makeEnterprise, waitFor } from '@ladder/platform-testing';

import { ApiClient, TestStack } from '../support/stack';

const ROOT = path.resolve(__dirname, '../..');
const RESIDENT_ID = '350402198503121236';

/** `npm run -s policy -- talent <request.json>`, as a user would run it. */
function policyCommand(request: TalentScopeRequestDto): unknown {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'talent-e2e-')), 'request.json');
  writeFileSync(file, JSON.stringify(request));
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, 'tools/run-ts.mjs'), path.join(ROOT, 'tools/policy/cli.ts'), 'talent', file],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`policy command failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as unknown;
}

describe('talent through the gateway', () => {
  const stack = new TestStack({ bootTimeoutMs: 120_000 });
  let gxj: ApiClient;
  let rcb: ApiClient;
  let auditor: ApiClient;
  let uscc: string;
  let subscriber: EventCollector;

  beforeAll(async () => {
    await stack.start();
    subscriber = await new EventCollector(stack.nats.url, 'TALENT', 'e2e-talent-office').start();
    gxj = await new ApiClient(stack.baseUrl).login('gxj');
    rcb = await new ApiClient(stack.baseUrl).login('rcb');
    auditor = await new ApiClient(stack.baseUrl).login('auditor');
    const e = makeEnterprise({ countyCode: '350404' });
    expect((await gxj.call('POST', '/api/enterprises', { ...e, industryGroup: 'industry' })).status).toBe(
      201,
    );
    uscc = e.uscc;
    await waitFor(
      async () =>
        (await gxj.call('GET', `/api/tiering/enterprises/${uscc}/evaluation`)).status === 200 || undefined,
    );
  }, 240_000);

  afterAll(async () => {
    await subscriber?.stop();
    await stack.stop();
  });

  const scope = (date: string): Promise<{ status: number; body: TalentEntitlementsDto }> =>
    rcb.call<TalentEntitlementsDto>('GET', `/api/talent/enterprises/${uscc}/scope?date=${date}`);

  it('should put a certified 小巨人 in the 2+3+N scope and take it out the day after revocation, as the command says', async () => {
    // Arrange
    const cert = await gxj.call<CertificationDto>('POST', '/api/tiering/certifications', {
      uscc,
      tier: 'little-giant',
      issuer: '工业和信息化部',
      docNo: '工信部企业函〔2025〕188号',
      certifiedOn: '2024-07-01',
    });
    expect(cert.status).toBe(201);
    // Act
    const inScope = await waitFor(async () => {
      const r = await scope('2025-03-01');
      return r.status === 200 && r.body.applies.includes('S-53') ? r : undefined;
    });
    const request = await rcb.call<TalentScopeRequestDto>(
      'GET',
      `/api/talent/enterprises/${uscc}/scope-request?date=2025-03-01`,
    );
    const listed = await rcb.call<Page<TalentScopeEntryDto>>(
      'GET',
      '/api/talent/scope?measure=S-53&date=2025-03-01&pageSize=200',
    );
    const revoked = await gxj.call('POST', `/api/tiering/certifications/${cert.body.id}/revoke`, {
      reason: '复核未通过',
      fraud: false,
      revokedOn: '2025-03-10',
    });
    const dayAfter = await waitFor(async () => {
      const r = await scope('2025-03-11');
      return r.status === 200 && !r.body.applies.includes('S-53') ? r : undefined;
    });
    const onTheDay = await scope('2025-03-10');
    const afterRequest = await rcb.call<TalentScopeRequestDto>(
      'GET',
      `/api/talent/enterprises/${uscc}/scope-request?date=2025-03-11`,
    );
    // Assert
    expect(inScope.body.measures.find((m) => m.id === 'S-53')).toMatchObject({
      status: 'applies',
      from: '2024-07-01',
      until: '2027-06-30',
    });
    expect(inScope.body).toEqual(policyCommand(request.body));
    expect(listed.body.items.map((e) => e.uscc)).toContain(uscc);
    expect(revoked.status).toBe(200);
    expect(onTheDay.body.applies).toContain('S-53');
    expect(dayAfter.body.measures.find((m) => m.id === 'S-53')?.status).toBe('does-not-apply');
    expect(dayAfter.body).toEqual(policyCommand(afterRequest.body));
    const ofMeasure = (subject: string) => (x: { subject: string; data: Record<string, unknown> }) =>
      x.subject === subject && x.data['uscc'] === uscc && x.data['measure'] === 'S-53';
    const started = await waitFor(async () => subscriber.events.find(ofMeasure('talent.scope.started')));
    const ended = await waitFor(async () => subscriber.events.find(ofMeasure('talent.scope.ended')));
    expect(started.data).toMatchObject({ effectiveOn: '2024-07-01', until: '2027-06-30', tier: 'little-giant', certificationId: cert.body.id });
    expect(ended.data).toMatchObject({ effectiveOn: '2025-03-11', cause: 'revoked', tier: 'little-giant' });
  });

  it('should mask personal data for a role without the right, show it in full to 人才办 with an audit entry, and keep it out of the database file', async () => {
    // Arrange
    const bad = await rcb.call<{ code: string; message: string }>('POST', '/api/talent/people', {
      name: '错号',
      residentId: '350402198503121237',
      uscc,
    });
    const created = await rcb.call<PersonDto>('POST', '/api/talent/people', {
      name: '林一',
      residentId: RESIDENT_ID,
      phone: '13905980001',
      uscc,
      position: '总经理',
    });
    // Act
    const asGxj = await gxj.call<Page<PersonDto>>('GET', `/api/talent/people?uscc=${uscc}`);
    const gxjReveal = await gxj.call('POST', `/api/talent/people/${created.body.id}/reveal`, {});
    const full = await rcb.call<PersonDto>('POST', `/api/talent/people/${created.body.id}/reveal`, {
      reason: '职称评审核验',
    });
    const audit = await auditor.call<
      Page<{ action: string; target: string | null; request: unknown; after: unknown }>
    >('GET', `/api/audit?action=talent.person.reveal&target=${created.body.id}&pageSize=50`);
    // Assert
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('居民身份证号');
    expect(JSON.stringify(bad.body)).not.toContain('350402198503121237');
    expect(created.status).toBe(201);
    expect(asGxj.body.items[0]).toMatchObject({
      residentId: '3****************6',
      phone: '139****0001',
      masked: true,
    });
    expect(gxjReveal.status).toBe(403);
    expect(full.status).toBe(200);
    expect(full.body).toMatchObject({ residentId: RESIDENT_ID, phone: '13905980001', masked: false });
    expect(audit.body.items.length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(audit.body)).not.toContain(RESIDENT_ID);
    const registered = await auditor.call<Page<unknown>>(
      'GET',
      '/api/audit?action=talent.person.register&pageSize=50',
    );
    expect(registered.body.items.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(registered.body)).not.toContain('35040219850312123');
    expect(JSON.stringify(registered.body)).not.toContain('13905980001');
    const dataDir = stack.env['DATA_DIR'] ?? '';
    const files = readdirSync(dataDir).filter((f) => f.startsWith('talent.sqlite'));
    expect(files.length).toBeGreaterThan(0);
    const bytes = Buffer.concat(files.map((f) => readFileSync(path.join(dataDir, f))));
    expect(bytes.includes(Buffer.from(RESIDENT_ID))).toBe(false);
    expect(bytes.includes(Buffer.from('13905980001'))).toBe(false);
  });

  it('should route a green-channel application for a 小巨人 employee to 人社局 only while the title is valid', async () => {
    // Arrange
    const person = await rcb.call<Page<PersonDto>>('GET', `/api/talent/people?uscc=${uscc}`);
    const personId = person.body.items[0]?.id;
    // Act
    const ok = await rcb.call<TalentCaseDto>('POST', '/api/talent/cases', {
      kind: 'title',
      personId,
      appliedOn: '2025-03-05',
      specialty: '机械工程',
      level: '中级',
    });
    const late = await rcb.call<{ code: string }>('POST', '/api/talent/cases', {
      kind: 'title',
      personId,
      appliedOn: '2025-03-11',
      specialty: '机械工程',
      level: '中级',
    });
    const decided = await rcb.call<TalentCaseDto>('POST', `/api/talent/cases/${ok.body.id}/decision`, {
      outcome: 'approved',
      note: '评审通过',
    });
    const notAllowed = await gxj.call('POST', `/api/talent/cases/${ok.body.id}/decision`, {
      outcome: 'rejected',
    });
    // Assert
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ measure: 'S-55a', department: '市人社局', status: 'routed' });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('TALENT_NOT_ELIGIBLE');
    expect(decided.body.status).toBe('approved');
    expect(notAllowed.status).toBe(403);
    const fact = await waitFor(async () =>
      subscriber.events.find((x) => x.subject === 'talent.case.decided' && x.data['caseId'] === ok.body.id),
    );
    expect(fact.data).toMatchObject({ kind: 'title', measure: 'S-55a', department: '市人社局', outcome: 'approved', uscc });
    expect(JSON.stringify(fact.data)).not.toContain(RESIDENT_ID);
  });
});
